"""Property: whatever single change is made to a stored chain, the verifier notices it."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from privacykit.domain.audit.chain import (
    GENESIS,
    ChainHead,
    SegmentCopy,
    encode_segment,
    link_events,
    segment_name,
    verify_chain,
)

details = st.dictionaries(
    st.sampled_from(["purpose", "count", "kind"]), st.text(max_size=8) | st.integers(), max_size=3
)
drafts = st.lists(
    st.fixed_dictionaries({"type": st.sampled_from(["a", "b"]), "details": details}), min_size=1, max_size=12
)


def _store(events: list[dict[str, Any]], per_segment: int) -> list[SegmentCopy]:
    segments = []
    for start in range(0, len(events), per_segment):
        chunk = events[start : start + per_segment]
        segments.append(SegmentCopy(segment_name(chunk[0]["seq"]), (encode_segment(chunk),)))
    return segments


@settings(max_examples=150, deadline=None)
@given(drafts, st.integers(1, 4))
def test_an_untouched_chain_verifies(chain_drafts: list[dict[str, Any]], per_segment: int) -> None:
    events = link_events(chain_drafts, last_seq=0, last_hash=GENESIS)
    head = ChainHead(events[-1]["seq"], events[-1]["hash"], events[-1]["seq"], events[-1]["hash"])
    result = verify_chain(_store(events, per_segment), head)
    assert result.valid
    assert result.events == len(events)


@settings(max_examples=300, deadline=None)
@given(drafts, st.integers(1, 4), st.data())
def test_any_changed_byte_is_detected(
    chain_drafts: list[dict[str, Any]], per_segment: int, data: st.DataObject
) -> None:
    events = link_events(chain_drafts, last_seq=0, last_hash=GENESIS)
    head = ChainHead(events[-1]["seq"], events[-1]["hash"], events[-1]["seq"], events[-1]["hash"])
    segments = _store(events, per_segment)
    target = data.draw(st.integers(0, len(segments) - 1))
    body = bytearray(segments[target].versions[0])
    position = data.draw(st.integers(0, len(body) - 1))
    replacement = data.draw(st.integers(0, 255).filter(lambda b: b != body[position]))
    body[position] = replacement
    segments[target] = SegmentCopy(segments[target].name, (bytes(body),))
    assert not verify_chain(segments, head).valid


@given(drafts, st.sampled_from([b" ", b"\t", b"\r", b"\n"]))
def test_whitespace_added_to_a_segment_is_detected(chain_drafts: list[dict[str, Any]], space: bytes) -> None:
    events = link_events(chain_drafts, last_seq=0, last_hash=GENESIS)
    segments = _store(events, len(events))
    altered = SegmentCopy(segments[0].name, (segments[0].versions[0][:-1] + space + b"\n",))
    assert not verify_chain(
        [altered], ChainHead(events[-1]["seq"], events[-1]["hash"], events[-1]["seq"], events[-1]["hash"])
    ).valid


@settings(max_examples=150, deadline=None)
@given(drafts.filter(lambda d: len(d) > 1), st.data())
def test_any_removed_event_is_detected(chain_drafts: list[dict[str, Any]], data: st.DataObject) -> None:
    events = link_events(chain_drafts, last_seq=0, last_hash=GENESIS)
    head = ChainHead(events[-1]["seq"], events[-1]["hash"], events[-1]["seq"], events[-1]["hash"])
    drop = data.draw(st.integers(0, len(events) - 1))
    kept = events[:drop] + events[drop + 1 :]
    assert not verify_chain(_store(kept, 1), head).valid
