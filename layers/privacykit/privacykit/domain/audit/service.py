"""The one audit writer, the digest signer and the verifier.

Events carry no personal values: the subject and the acting user appear only as keyed pseudonyms
(:meth:`SubjectKeyring.pseudonym`). Appending advances the tenant's chain head with a conditional
write (so concurrent functions cannot fork the chain) and then writes the events as one segment in
the Object-Lock bucket. A periodic digest (first/last sequence, head hash) is signed as an
``audit_digest`` with the digest key (design.md section 5): the verifier accepts nothing else as a digest,
neither a document of another shape nor a signature made for another kind.
"""

from __future__ import annotations

import json
import random
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from privacykit.domain.audit.chain import (
    GENESIS,
    ChainHead,
    Verification,
    encode_segment,
    link_events,
    segment_name,
    verify_chain,
)
from privacykit.domain.audit.ports import ChainHeadStore, SegmentStore
from privacykit.domain.common.canonical import canonical_json
from privacykit.errors import ChainConflict, DependencyFailure
from privacykit.ports import AuditRecord, Pseudonymizer, SignatureKind, Signer

__all__ = ["DIGEST_FIELDS", "AuditWriter", "AuditDigester", "AuditVerifier"]

#: The fields of a signed digest, all of them and no other.
DIGEST_FIELDS = frozenset({"tenant", "first_seq", "last_seq", "head_hash", "created_at"})


class AuditWriter:
    """Appends events to a tenant's chain; the one way any code writes an audit event."""

    def __init__(
        self,
        heads: ChainHeadStore,
        segments: SegmentStore,
        pseudonyms: Pseudonymizer,
        *,
        max_attempts: int = 25,
    ) -> None:
        self._heads = heads
        self._segments = segments
        self._pseudonyms = pseudonyms
        self._max_attempts = max_attempts

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

    def record(self, tenant: str, *records: AuditRecord, at: datetime | None = None) -> list[dict[str, Any]]:
        """Append ``records`` as one segment; returns the chained events."""
        if not records:
            return []
        now = at or datetime.now(UTC)
        drafts = [self._draft(tenant, r, now) for r in records]
        for attempt in range(self._max_attempts):
            if attempt:
                # Full jitter: colliding writers spread out instead of colliding again.
                time.sleep(random.uniform(0, min(0.2, 0.005 * 2**attempt)))
            head = self._heads.get(tenant)
            last_seq, last_hash = (head.seq, head.hash) if head else (0, GENESIS)
            events = link_events(drafts, last_seq=last_seq, last_hash=last_hash)
            try:
                self._heads.advance(tenant, head, ChainHead(events[-1]["seq"], events[-1]["hash"]))
            except ChainConflict:
                continue
            name = segment_name(events[0]["seq"], events[-1]["seq"])
            self._segments.put_segment(tenant, name, encode_segment(events))
            return events
        raise DependencyFailure("the audit chain is too contended; try again")


class AuditDigester:
    """Signs the chain head of each tenant when it moved since the last digest."""

    def __init__(self, heads: ChainHeadStore, segments: SegmentStore, signer: Signer) -> None:
        self._heads = heads
        self._segments = segments
        self._signer = signer

    def digest(self, tenant: str, at: datetime | None = None) -> dict[str, Any] | None:
        head = self._heads.get(tenant)
        last = self._heads.last_digest_seq(tenant)
        if head is None or head.seq <= last:
            return None
        digest = {
            "tenant": tenant,
            "first_seq": last + 1,
            "last_seq": head.seq,
            "head_hash": head.hash,
            "created_at": (at or datetime.now(UTC)).astimezone(UTC).isoformat(),
        }
        signed = {
            "digest": digest,
            "signature": self._signer.sign(SignatureKind.AUDIT_DIGEST, canonical_json(digest)).hex(),
            "key_id": self._signer.key_id,
            "algorithm": self._signer.algorithm,
        }
        self._segments.put_digest(tenant, head.seq, canonical_json(signed))
        self._heads.set_last_digest_seq(tenant, head.seq)
        return signed

    def digest_all(self, at: datetime | None = None) -> list[dict[str, Any]]:
        return [d for t in self._heads.tenants() if (d := self.digest(t, at)) is not None]


class AuditVerifier:
    """Verifies a tenant's stored chain, its head and its signed digests."""

    def __init__(self, heads: ChainHeadStore, segments: SegmentStore, signer: Signer) -> None:
        self._heads = heads
        self._segments = segments
        self._signer = signer

    def verify(self, tenant: str) -> Verification:
        signed_heads: dict[int, str] = {}
        for raw in self._segments.digests(tenant):
            try:
                doc = _parse_digest(raw)
            except ValueError:
                return _bad_digest("a stored digest is not an audit digest")
            digest = doc["digest"]
            try:
                signature = bytes.fromhex(doc["signature"])
            except ValueError:
                return _bad_digest("a digest's signature is invalid")
            valid = self._signer.verify(SignatureKind.AUDIT_DIGEST, canonical_json(digest), signature)
            if not valid or digest["tenant"] != tenant:
                return _bad_digest("a digest's signature is invalid")
            signed_heads[digest["last_seq"]] = digest["head_hash"]
        return verify_chain(self._segments.segments(tenant), self._heads.get(tenant), signed_heads)


def _bad_digest(reason: str) -> Verification:
    return Verification(False, 0, {"seq": None, "segment": None, "reason": reason})


def _parse_digest(raw: bytes) -> dict[str, Any]:
    """A stored digest document, or ValueError when it is not one: the digest has exactly the digest
    fields (whole sequence numbers; tenant, head hash and time as strings) and the signature is a string."""
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
    return doc
