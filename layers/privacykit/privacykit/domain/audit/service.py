"""The audit trail: the one writer, the sealer, the digester and the verifier (docs/design.md section 5).

Events carry no personal values: the subject and the acting user appear only as keyed pseudonyms
(:meth:`SubjectKeyring.pseudonym`). The trail is a transactional outbox:

1. **Write.** A capability's change and its events are committed in one transaction, the events as
   *pending* in the outbox. Writers never touch the chain head, so they never contend for it, and a
   change never lands without its event (or the other way round).
2. **Sequence.** The sealer (one at a time per tenant; the head's conditional write makes a second one
   harmless) gives pending events their sequence numbers and hashes, moving the head, storing them as
   sequenced and removing them from the pending set, all in one transaction.
3. **Seal.** The sealer writes the sequenced events as one segment of many events in the Object-Lock
   bucket, named by its first event and written once; a sealer that crashed after writing finds its
   segment on the next run and adopts it. Then it advances the head's sealed mark and prunes the outbox.
4. **Digest.** The digester verifies the chain from the previous signed digest to the last sealed event
   and only then signs a digest of it, naming the previous digest by hash (as CloudTrail's digest files
   do). A signed digest is the checkpoint from which verification starts.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from privacykit.domain.audit.alarms import chain_broken
from privacykit.domain.audit.chain import (
    ORIGIN,
    ChainPoint,
    Verification,
    Walk,
    broken,
    check_head,
    decode_segment,
    encode_segment,
    link_events,
    segment_name,
    walk_segments,
)
from privacykit.domain.audit.ports import AuditOutbox, ChainHeadStore, DayPartitions, DigestEntry, SegmentStore
from privacykit.domain.audit.query import EventIndex
from privacykit.domain.common.canonical import canonical_json
from privacykit.errors import ChainConflict, DependencyFailure
from privacykit.ports import AuditRecord, AuditSink, Clock, Pseudonymizer, SignatureKind, Signer, StagedWrite, utc_now

__all__ = [
    "DIGEST_FIELDS",
    "AuditWriter",
    "AuditSealer",
    "SealReport",
    "TrailChecker",
    "AuditDigester",
    "AuditVerifier",
    "TrailBroken",
]

#: The fields of a signed digest, all of them and no other.
DIGEST_FIELDS = frozenset({"tenant", "first_seq", "last_seq", "head_hash", "previous_digest", "created_at"})
#: Outbox transactions hold at most 100 items: the head, and a delete and a put per event.
SEQUENCE_BATCH = 49


class TrailBroken(DependencyFailure):
    """The stored trail does not match what the sealer is about to extend: it stops and alarms."""


class AuditWriter:
    """Records events with the change they report; the one way any code writes an audit event."""

    def __init__(self, outbox: AuditOutbox, pseudonyms: Pseudonymizer, clock: Clock = utc_now) -> None:
        self._outbox = outbox
        self._pseudonyms = pseudonyms
        self._clock = clock

    def _draft(self, tenant: str, record: AuditRecord, at: datetime) -> dict[str, Any]:
        return {
            "event_id": str(uuid.uuid4()),
            "tenant": tenant,
            "type": record.type,
            "outcome": record.outcome,
            "at": at.astimezone(UTC).isoformat(),
            "actor": self._pseudonyms.pseudonym(tenant, record.actor) if record.actor else None,
            "actor_roles": sorted(record.actor_roles),
            "subject": self._pseudonyms.pseudonym(tenant, record.subject) if record.subject else None,
            "details": dict(record.details or {}),
        }

    def record(
        self,
        tenant: str,
        *records: AuditRecord,
        at: datetime | None = None,
        changes: Sequence[StagedWrite] = (),
    ) -> None:
        """Commit ``records`` as pending events together with ``changes``: all land, or none."""
        if not records and not changes:
            return
        now = at or self._clock()
        self._outbox.commit(tenant, [self._draft(tenant, r, now) for r in records], changes)


@dataclass
class SealReport:
    tenant: str
    sequenced: int = 0
    sealed: int = 0
    segments: int = 0


class AuditSealer:
    """Sequences pending events and seals them into segments; safe to re-run after a crash at any step
    and harmless when two run at once (each step is conditional or written once)."""

    def __init__(
        self,
        outbox: AuditOutbox,
        heads: ChainHeadStore,
        segments: SegmentStore,
        *,
        segment_max_events: int = 5000,
        max_events_per_run: int = 200_000,
        index: EventIndex | None = None,
        partitions: DayPartitions | None = None,
    ) -> None:
        self._outbox = outbox
        self._index = index
        self._partitions = partitions
        self._heads = heads
        self._segments = segments
        self._segment_max = segment_max_events
        self._run_max = max_events_per_run

    def seal_all(self) -> list[SealReport]:
        return [self.seal(tenant) for tenant in self._outbox.tenants()]

    def seal(self, tenant: str) -> SealReport:
        report = SealReport(tenant)
        while report.sequenced < self._run_max:
            sequenced = self._sequence_batch(tenant)
            if not sequenced:
                break
            report.sequenced += sequenced
            if self._unsealed(tenant) >= self._segment_max:
                self._seal_sequenced(tenant, report)
        self._seal_sequenced(tenant, report)
        return report

    def _unsealed(self, tenant: str) -> int:
        head = self._heads.get(tenant)
        return head.seq - head.sealed_seq if head else 0

    def _sequence_batch(self, tenant: str) -> int:
        for _ in range(10):
            head = self._heads.get(tenant)
            if head is None and self._segments.has_segments(tenant):
                # Starting a new chain over an existing one would hide it: the head was deleted.
                raise TrailBroken("the audit chain head is missing while segments exist")
            pending = self._outbox.pending(tenant, SEQUENCE_BATCH)
            if not pending:
                return 0
            last = head.last if head else ORIGIN
            events = link_events([p.draft for p in pending], last_seq=last.seq, last_hash=last.hash)
            try:
                self._outbox.sequence(tenant, head, pending, events)
            except ChainConflict:
                continue  # another sealer moved the head: read it again
            return len(events)
        raise DependencyFailure("the audit chain is too contended; the sealer will run again")

    def _seal_sequenced(self, tenant: str, report: SealReport) -> None:
        head = self._heads.get(tenant)
        while head is not None and head.sealed_seq < head.seq:
            first = head.sealed_seq + 1
            last = min(head.seq, head.sealed_seq + self._segment_max)
            events = self._outbox.sequenced(tenant, first, last)
            if not events or events[0]["seq"] != first or events[0]["prev_hash"] != head.sealed_hash:
                fresh = self._heads.get(tenant)
                if fresh is not None and fresh.sealed_seq > head.sealed_seq:
                    head = fresh  # another sealer sealed and pruned them meanwhile
                    continue
                raise TrailBroken(f"sequenced events from {first} are missing from the outbox")
            body = encode_segment(events)
            stored = self._segments.put_segment(tenant, segment_name(first), body)
            sealed = self._adopt(events, stored)
            # Before the sealed mark moves: a crash here writes the same items and copies again next run.
            if self._index is not None:
                self._index.put(tenant, events[: sealed.seq - first + 1])
            if self._partitions is not None:
                for day, on_day in _by_day(events[: sealed.seq - first + 1]).items():
                    self._partitions.put_day(tenant, day, segment_name(first), encode_segment(on_day))
            try:
                self._heads.advance_sealed(tenant, head.sealed, sealed)
            except ChainConflict:
                pass  # another sealer advanced it: read it again
            else:
                report.sealed += sealed.seq - head.sealed_seq
                report.segments += 1
            self._outbox.prune(tenant, sealed.seq)
            head = self._heads.get(tenant)

    @staticmethod
    def _adopt(events: Sequence[dict[str, Any]], stored: bytes) -> ChainPoint:
        """The last event sealed under the segment's name: ours, or those an earlier run wrote there,
        which must be the same events (a prefix of ours when more were sequenced since)."""
        try:
            existing = decode_segment(stored)
        except (ValueError, UnicodeDecodeError):
            existing = []
        if not existing or len(existing) > len(events) or encode_segment(events[: len(existing)]) != stored:
            raise TrailBroken("a segment in the audit bucket differs from the sequenced events")
        last = existing[-1]
        return ChainPoint(last["seq"], last["hash"])


@dataclass
class _Checkpoint:
    """The newest signed digest, as the point verification starts from."""

    entry: DigestEntry
    raw: bytes
    digest: dict[str, Any]

    @property
    def point(self) -> ChainPoint:
        return ChainPoint(self.digest["last_seq"], self.digest["head_hash"])


class TrailChecker:
    """Verification shared by the verifier and the digester: from the newest signed digest (incremental)
    or from the first event (full), against the chain head."""

    def __init__(self, heads: ChainHeadStore, segments: SegmentStore, signer: Signer) -> None:
        self._heads = heads
        self._segments = segments
        self._signer = signer

    def _signed(self, tenant: str, raw: bytes, last_seq: int) -> tuple[dict[str, Any] | None, str]:
        """The digest in ``raw`` when it is an audit digest of ``tenant`` ending at ``last_seq`` with a
        valid signature; otherwise None and what is wrong with it."""
        try:
            doc = _parse_digest(raw)
        except ValueError:
            return None, "a stored digest is not an audit digest"
        digest: dict[str, Any] = doc["digest"]
        try:
            signature = bytes.fromhex(doc["signature"])
        except ValueError:
            return None, "a digest's signature is invalid"
        valid = self._signer.verify(SignatureKind.AUDIT_DIGEST, canonical_json(digest), signature)
        if not valid or digest["tenant"] != tenant or digest["last_seq"] != last_seq:
            return None, "a digest's signature is invalid"
        return digest, ""

    def _listed_digests(self, tenant: str) -> tuple[list[DigestEntry], Verification | None]:
        entries = sorted(self._segments.digests(tenant), key=lambda e: e.last_seq)
        for entry in entries:
            if entry.deleted:
                return entries, broken(0, entry.last_seq, None, "a signed digest was deleted (delete marker)")
            if entry.versions != 1:
                return entries, broken(0, entry.last_seq, None, "a signed digest was overwritten")
        return entries, None

    def latest(self, tenant: str) -> tuple[_Checkpoint | None, Verification | None]:
        """The newest signed digest, its signature and its link to the one before checked."""
        entries, problem = self._listed_digests(tenant)
        if problem or not entries:
            return None, problem
        raw = self._segments.read_digest(tenant, entries[-1].last_seq)
        digest, problem_text = self._signed(tenant, raw, entries[-1].last_seq)
        if digest is None:
            return None, broken(0, entries[-1].last_seq, None, problem_text)
        previous = entries[-2] if len(entries) > 1 else None
        expected_previous = (
            hashlib.sha256(self._segments.read_digest(tenant, previous.last_seq)).hexdigest() if previous else None
        )
        expected_first = previous.last_seq + 1 if previous else 1
        if digest["previous_digest"] != expected_previous or digest["first_seq"] != expected_first:
            return None, broken(0, digest["first_seq"], None, "the digest does not name the digest before it")
        return _Checkpoint(entries[-1], raw, digest), None

    def incremental(self, tenant: str) -> tuple[Walk, Verification, _Checkpoint | None]:
        checkpoint, problem = self.latest(tenant)
        start = checkpoint.point if checkpoint else ORIGIN
        if problem is not None:
            return Walk(problem, start), problem, None
        after = segment_name(start.seq) if start.seq else ""
        walk = walk_segments(self._segments.segments(tenant, after=after), start)
        result = check_head(walk, self._heads.get(tenant))
        result.digests_checked = 1 if checkpoint else 0
        return walk, result, checkpoint

    def full(self, tenant: str) -> Verification:
        entries, problem = self._listed_digests(tenant)
        if problem:
            return problem
        signed: dict[int, str] = {}
        previous_raw: bytes | None = None
        previous_last = 0
        for entry in entries:
            raw = self._segments.read_digest(tenant, entry.last_seq)
            digest, problem_text = self._signed(tenant, raw, entry.last_seq)
            if digest is None:
                return broken(0, entry.last_seq, None, problem_text)
            expected_previous = hashlib.sha256(previous_raw).hexdigest() if previous_raw is not None else None
            if digest["previous_digest"] != expected_previous or digest["first_seq"] != previous_last + 1:
                return broken(0, digest["first_seq"], None, "the digest does not name the digest before it")
            signed[entry.last_seq] = digest["head_hash"]
            previous_raw, previous_last = raw, entry.last_seq
        walk = walk_segments(self._segments.segments(tenant))
        result = check_head(walk, self._heads.get(tenant))
        if not result.valid:
            return result
        for last_seq, head_hash in sorted(signed.items()):
            if walk.hashes.get(last_seq) != head_hash:
                return broken(result.events, last_seq, None, "signed digest does not match the stored events")
        result.digests_checked = len(signed)
        return result


class AuditDigester:
    """Signs, per tenant, a digest of the events sealed since the previous digest, after verifying them.
    A trail that does not verify is not signed and is recorded through ``alarms`` as an
    ``audit.chain_broken`` event (monitoring alerts on it), whoever runs the digest: the schedule or
    ``privacy-audit digest``."""

    def __init__(
        self, checker: TrailChecker, heads: ChainHeadStore, segments: SegmentStore, signer: Signer, alarms: AuditSink
    ) -> None:
        self._checker = checker
        self._heads = heads
        self._segments = segments
        self._signer = signer
        self._alarms = alarms

    def digest(self, tenant: str, at: datetime | None = None) -> dict[str, Any]:
        """``{"tenant", "signed": bool, ...}``: the signed digest, or why nothing was signed."""
        walk, result, checkpoint = self._checker.incremental(tenant)
        if not result.valid:
            self._alarms.record(tenant, chain_broken(result.first_break))
            return {"tenant": tenant, "signed": False, "valid": False, "first_break": result.first_break}
        start = checkpoint.point if checkpoint else ORIGIN
        if walk.last.seq == start.seq:
            return {"tenant": tenant, "signed": False, "valid": True, "first_break": None}
        digest = {
            "tenant": tenant,
            "first_seq": start.seq + 1,
            "last_seq": walk.last.seq,
            "head_hash": walk.last.hash,
            "previous_digest": hashlib.sha256(checkpoint.raw).hexdigest() if checkpoint else None,
            "created_at": (at or datetime.now(UTC)).astimezone(UTC).isoformat(),
        }
        signed = {
            "digest": digest,
            "signature": self._signer.sign(SignatureKind.AUDIT_DIGEST, canonical_json(digest)).hex(),
            "key_id": self._signer.key_id,
            "algorithm": self._signer.algorithm,
        }
        self._segments.put_digest(tenant, walk.last.seq, canonical_json(signed))
        return {"tenant": tenant, "signed": True, "valid": True, "first_break": None, **signed}

    def digest_all(self, at: datetime | None = None) -> list[dict[str, Any]]:
        return [self.digest(t, at) for t in self._heads.tenants()]


class AuditVerifier:
    """Verifies a tenant's trail: from the newest signed digest (fast, bounded by the events since the
    last digest), or from the first event (``full``, for the asynchronous job and the offline command).
    ``pending`` counts the events committed but not sealed yet (the sealer runs every minute). A trail that
    does not verify is recorded through ``alarms`` as ``audit.chain_broken``, as the digester records it:
    an auditor's check that finds the break alerts as the schedule's does."""

    def __init__(self, checker: TrailChecker, outbox: AuditOutbox, alarms: AuditSink) -> None:
        self._checker = checker
        self._outbox = outbox
        self._alarms = alarms

    def verify(self, tenant: str) -> Verification:
        return self._checked(tenant, self._checker.incremental(tenant)[1])

    def verify_full(self, tenant: str) -> Verification:
        return self._checked(tenant, self._checker.full(tenant))

    def _checked(self, tenant: str, result: Verification) -> Verification:
        if not result.valid:
            self._alarms.record(tenant, chain_broken(result.first_break))
        result.pending += self._outbox.count_pending(tenant)
        return result


def _parse_digest(raw: bytes) -> dict[str, Any]:
    """A stored digest document, or ValueError when it is not one: the digest has exactly the digest
    fields (whole sequence numbers; tenant, head hash and time as strings; the previous digest's hash or
    null) and the signature is a string."""
    doc: Any = json.loads(raw)  # JSONDecodeError and UnicodeDecodeError are ValueErrors
    if not isinstance(doc, dict):
        raise ValueError("not a digest")
    digest = doc.get("digest")
    if not isinstance(digest, dict) or set(digest) != DIGEST_FIELDS or not isinstance(doc.get("signature"), str):
        raise ValueError("not a digest")
    if not all(type(digest[name]) is int for name in ("first_seq", "last_seq")):
        raise ValueError("not a digest")
    if not all(isinstance(digest[name], str) for name in ("tenant", "head_hash", "created_at")):
        raise ValueError("not a digest")
    if digest["previous_digest"] is not None and not isinstance(digest["previous_digest"], str):
        raise ValueError("not a digest")
    return doc


def _by_day(events: Sequence[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Events by the UTC day they happened on, in sequence order."""
    days: dict[str, list[dict[str, Any]]] = {}
    for event in events:
        day = datetime.fromisoformat(event["at"]).astimezone(UTC).date().isoformat()
        days.setdefault(day, []).append(event)
    return days
