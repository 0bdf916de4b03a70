"""The hash chain of audit events: how an event is hashed, linked and verified.

An event's hash is SHA-256 over its canonical JSON (sorted keys, no spaces, UTF-8) without the
``hash`` field; each event carries ``prev_hash``, the hash of the event before it in its tenant's
chain (``GENESIS`` for the first). Verification walks the stored segments in order and reports the
first gap, reorder, changed byte, rewritten or deleted segment, or a tail cut off before the head.
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
    "ChainHead",
    "Verification",
    "verify_chain",
    "segment_name",
    "encode_segment",
    "decode_segment",
]

GENESIS = "0" * 64


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


def segment_name(first_seq: int, last_seq: int) -> str:
    return f"{first_seq:012d}-{last_seq:012d}.jsonl"


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
class ChainHead:
    seq: int
    hash: str


@dataclass
class Verification:
    valid: bool
    events: int
    first_break: dict[str, Any] | None = None
    digests_checked: int = 0
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "valid": self.valid,
            "events": self.events,
            "first_break": self.first_break,
            "digests_checked": self.digests_checked,
        }


def _broken(events: int, seq: int | None, segment: str | None, reason: str) -> Verification:
    return Verification(False, events, {"seq": seq, "segment": segment, "reason": reason})


def verify_chain(
    segments: Sequence[SegmentCopy],
    head: ChainHead | None,
    digests: Mapping[int, str] | None = None,
) -> Verification:
    """Verify a tenant's chain from its segments (in name order) against the recorded head.

    ``digests`` maps a signed digest's last sequence number to the head hash it signed; the caller
    has already checked each digest's signature.
    """
    expected_seq = 1
    prev_hash = GENESIS
    hashes: dict[int, str] = {}
    count = 0
    for segment in sorted(segments, key=lambda s: s.name):
        if segment.deleted:
            return _broken(count, expected_seq, segment.name, "segment deleted (a delete marker hides it)")
        if len(segment.versions) != 1:
            return _broken(
                count,
                expected_seq,
                segment.name,
                f"segment rewritten: {len(segment.versions)} versions exist, a segment is written once",
            )
        try:
            events = decode_segment(segment.versions[0])
        except (ValueError, UnicodeDecodeError):
            return _broken(count, expected_seq, segment.name, "segment is not valid JSON lines")
        if encode_segment(events) != segment.versions[0]:
            # Whitespace or key order changed: the events may still hash, but the bytes were altered.
            return _broken(count, expected_seq, segment.name, "segment bytes changed (not the bytes written)")
        for event in events:
            seq = event.get("seq")
            if not isinstance(seq, int):
                return _broken(count, expected_seq, segment.name, "event without a sequence number")
            if seq > expected_seq:
                return _broken(count, expected_seq, segment.name, f"gap: events {expected_seq}..{seq - 1} missing")
            if seq < expected_seq:
                return _broken(count, seq, segment.name, f"reorder or duplicate: event {seq} after {expected_seq - 1}")
            if event.get("prev_hash") != prev_hash:
                return _broken(count, seq, segment.name, "link broken: prev_hash does not match the previous event")
            if event.get("hash") != event_hash(event):
                return _broken(count, seq, segment.name, "event content changed: hash does not match")
            prev_hash = event["hash"]
            hashes[seq] = prev_hash
            expected_seq += 1
            count += 1
    if head is not None:
        if head.seq > count:
            return _broken(count, count + 1, None, f"events {count + 1}..{head.seq} missing before the chain head")
        if head.seq < count or (head.seq and hashes.get(head.seq) != head.hash):
            return _broken(count, head.seq, None, "chain head does not match the stored events")
    checked = 0
    for last_seq, signed_hash in sorted((digests or {}).items()):
        if hashes.get(last_seq) != signed_hash:
            return _broken(count, last_seq, None, "signed digest does not match the stored events")
        checked += 1
    result = Verification(True, count)
    result.digests_checked = checked
    return result
