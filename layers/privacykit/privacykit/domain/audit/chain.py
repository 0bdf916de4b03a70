"""The hash chain of audit events: how an event is hashed, linked, stored in segments and verified.

An event's hash is SHA-256 over its canonical JSON (sorted keys, no spaces, UTF-8) without the
``hash`` field; each event carries ``prev_hash``, the hash of the event before it in its tenant's
chain (``GENESIS`` for the first). Events are sealed into segments of many events, each named by the
sequence number of its first event. Verification walks the segments from a starting point (the
genesis, or a signed digest) and reports the first gap, reorder, changed byte, rewritten or deleted
segment; :func:`check_head` then compares what it walked with the chain head.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from privacykit.domain.common.canonical import canonical_json

__all__ = [
    "GENESIS",
    "event_hash",
    "link_events",
    "SegmentCopy",
    "ChainPoint",
    "ChainHead",
    "Verification",
    "Walk",
    "walk_segments",
    "check_head",
    "verify_chain",
    "segment_name",
    "segment_first_seq",
    "encode_segment",
    "decode_segment",
]

GENESIS = "0" * 64
_SEGMENT_SUFFIX = ".jsonl"


def event_hash(event: Mapping[str, Any]) -> str:
    body = {k: v for k, v in event.items() if k != "hash"}
    return hashlib.sha256(canonical_json(body)).hexdigest()


def link_events(drafts: Sequence[Mapping[str, Any]], *, last_seq: int, last_hash: str) -> list[dict[str, Any]]:
    """Number and chain ``drafts`` after the event (``last_seq``, ``last_hash``)."""
    linked: list[dict[str, Any]] = []
    prev = last_hash
    for offset, draft in enumerate(drafts, start=1):
        event = dict(draft)
        event["seq"] = last_seq + offset
        event["prev_hash"] = prev
        event["hash"] = event_hash(event)
        prev = event["hash"]
        linked.append(event)
    return linked


def segment_name(first_seq: int) -> str:
    """A segment is named by its first event only: a sealer that retries after a crash, or a second
    sealer racing the first, writes under the same name and finds what the first one wrote."""
    return f"{first_seq:012d}{_SEGMENT_SUFFIX}"


def segment_first_seq(name: str) -> int | None:
    stem = name.removesuffix(_SEGMENT_SUFFIX)
    return int(stem) if name.endswith(_SEGMENT_SUFFIX) and stem.isdigit() and len(stem) == 12 else None


def encode_segment(events: Iterable[Mapping[str, Any]]) -> bytes:
    return b"".join(canonical_json(e) + b"\n" for e in events)


def decode_segment(body: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in body.splitlines() if line.strip()]


@dataclass(frozen=True)
class SegmentCopy:
    """What storage holds under one segment name: the versions, oldest first."""

    name: str
    versions: tuple[bytes, ...]
    deleted: bool = False


@dataclass(frozen=True)
class ChainPoint:
    """An event of the chain, by sequence number and hash (``0``/``GENESIS`` before the first)."""

    seq: int
    hash: str


ORIGIN = ChainPoint(0, GENESIS)


@dataclass(frozen=True)
class ChainHead:
    """A tenant's head: the last sequenced event, and the last one sealed into a segment."""

    seq: int
    hash: str
    sealed_seq: int = 0
    sealed_hash: str = GENESIS

    @property
    def last(self) -> ChainPoint:
        return ChainPoint(self.seq, self.hash)

    @property
    def sealed(self) -> ChainPoint:
        return ChainPoint(self.sealed_seq, self.sealed_hash)


@dataclass
class Verification:
    valid: bool
    events: int
    first_break: dict[str, Any] | None = None
    digests_checked: int = 0
    pending: int = 0
    verified_from: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "valid": self.valid,
            "events": self.events,
            "first_break": self.first_break,
            "digests_checked": self.digests_checked,
            "pending": self.pending,
            "verified_from": self.verified_from,
        }


def broken(events: int, seq: int | None, segment: str | None, reason: str) -> Verification:
    return Verification(False, events, {"seq": seq, "segment": segment, "reason": reason})


@dataclass
class Walk:
    """What a walk over segments found: the result so far, the last good event, and the hash of each
    event walked (for comparing with signed digests)."""

    result: Verification
    last: ChainPoint
    hashes: dict[int, str] = field(default_factory=dict)


def walk_segments(segments: Sequence[SegmentCopy], start: ChainPoint = ORIGIN) -> Walk:
    """Walk ``segments`` (those after ``start``, in name order), each event linked to the one before,
    starting after the event ``start``. Stops at the first break."""
    expected_seq = start.seq + 1
    prev_hash = start.hash
    hashes: dict[int, str] = {}
    count = start.seq

    def stop(seq: int | None, name: str | None, reason: str) -> Walk:
        return Walk(broken(count, seq, name, reason), ChainPoint(expected_seq - 1, prev_hash), hashes)

    for segment in sorted(segments, key=lambda s: s.name):
        if segment.deleted:
            return stop(expected_seq, segment.name, "segment deleted (a delete marker hides it)")
        if len(segment.versions) != 1:
            return stop(
                expected_seq,
                segment.name,
                f"segment rewritten: {len(segment.versions)} versions exist, a segment is written once",
            )
        first = segment_first_seq(segment.name)
        if first is None:
            return stop(expected_seq, segment.name, "an object in the trail is not named as a segment")
        if first > expected_seq:
            return stop(expected_seq, segment.name, f"gap: events {expected_seq}..{first - 1} missing")
        try:
            events = decode_segment(segment.versions[0])
        except (ValueError, UnicodeDecodeError):
            return stop(expected_seq, segment.name, "segment is not valid JSON lines")
        if encode_segment(events) != segment.versions[0]:
            # Whitespace or key order changed: the events may still hash, but the bytes were altered.
            return stop(expected_seq, segment.name, "segment bytes changed (not the bytes written)")
        if not events or events[0].get("seq") != first:
            return stop(expected_seq, segment.name, "segment name does not match its first event")
        for event in events:
            seq = event.get("seq")
            if not isinstance(seq, int):
                return stop(expected_seq, segment.name, "event without a sequence number")
            if seq > expected_seq:
                return stop(expected_seq, segment.name, f"gap: events {expected_seq}..{seq - 1} missing")
            if seq < expected_seq:
                return stop(seq, segment.name, f"reorder or duplicate: event {seq} after {expected_seq - 1}")
            if event.get("prev_hash") != prev_hash:
                return stop(seq, segment.name, "link broken: prev_hash does not match the previous event")
            if event.get("hash") != event_hash(event):
                return stop(seq, segment.name, "event content changed: hash does not match")
            prev_hash = event["hash"]
            hashes[seq] = prev_hash
            expected_seq += 1
            count += 1
    result = Verification(True, count)
    result.verified_from = start.seq + 1
    return Walk(result, ChainPoint(expected_seq - 1, prev_hash), hashes)


def check_head(walk: Walk, head: ChainHead | None) -> Verification:
    """Compare a complete walk with the tenant's head: every cut the head can reveal is a break.

    - no head while segments exist: the head was deleted;
    - segments beyond the head: the head was rewound, or events were appended outside the sequencer;
    - the head says more was sealed than the segments hold: a sealed segment is missing at the end;
    - the walked hash differs from the head's at the same position: the head or the events were altered.
    Events sequenced but not yet sealed (the sealer runs at intervals) are ``pending``, not a break.
    """
    result = walk.result
    if not result.valid:
        return result
    last = walk.last
    if head is None:
        if last.seq > 0:
            return broken(result.events, 1, None, "chain head missing while segments exist (head deleted)")
        return result
    if last.seq > head.seq:
        return broken(
            result.events, head.seq + 1, None, "events beyond the chain head (head rewound, or events appended)"
        )
    if head.sealed_seq > last.seq:
        return broken(
            result.events,
            last.seq + 1,
            None,
            f"events {last.seq + 1}..{head.sealed_seq} were sealed but their segment is missing",
        )
    expected = {head.sealed_seq: head.sealed_hash, head.seq: head.hash}
    for seq, hash_ in expected.items():
        walked = walk.hashes.get(seq, last.hash if seq == last.seq else None)
        if seq and seq <= last.seq and walked is not None and walked != hash_:
            return broken(result.events, seq, None, "chain head does not match the stored events")
    result.pending = head.seq - last.seq
    return result


def verify_chain(
    segments: Sequence[SegmentCopy],
    head: ChainHead | None,
    digests: Mapping[int, str] | None = None,
) -> Verification:
    """Verify a tenant's whole chain from the genesis against its head and its signed digests.

    ``digests`` maps a signed digest's last sequence number to the head hash it signed; the caller
    has already checked each digest's signature.
    """
    walk = walk_segments(segments)
    result = check_head(walk, head)
    if not result.valid:
        return result
    checked = 0
    for last_seq, signed_hash in sorted((digests or {}).items()):
        if walk.hashes.get(last_seq) != signed_hash:
            return broken(result.events, last_seq, None, "signed digest does not match the stored events")
        checked += 1
    result.digests_checked = checked
    return result
