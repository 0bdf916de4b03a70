"""Classification: find PII/PHI in text or an uploaded document, decide its level, record it for its
subject (text sealed, findings as types and spans only), tag uploads, and audit, without ever
writing a found value anywhere but the subject's sealed record."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from privacykit.domain.classify.extraction import document_kind, extract_text
from privacykit.domain.classify.ports import ErasedKeys, UploadStore
from privacykit.domain.classify.uploads import SubjectSealer, parse_upload_key, sealed_subject, upload_owner
from privacykit.domain.common.entity_types import Level
from privacykit.domain.common.records import ClassifiedRecord, RecordRepository
from privacykit.domain.common.retention import RetentionPolicies
from privacykit.domain.detection import DEFAULT_POLICY, Entity, LevelPolicy, classify_level, detect, detect_stream
from privacykit.errors import NotFound, Unprocessable, UnreadableDocument
from privacykit.ports import AuditRecord, AuditSink, Pseudonymizer, StagedWrite

__all__ = ["ClassificationService"]


class ClassificationService:
    def __init__(
        self,
        records: RecordRepository,
        audit: AuditSink,
        *,
        uploads: UploadStore | None = None,
        policy: LevelPolicy = DEFAULT_POLICY,
        tenant_policies: Mapping[str, LevelPolicy] | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        pseudonyms: Pseudonymizer | None = None,
        retention: RetentionPolicies | None = None,
        sealer: SubjectSealer | None = None,
        legacy_upload_keys: bool = False,
        erased_keys: ErasedKeys | None = None,
        max_upload_bytes: int = 100_000_000,
    ) -> None:
        self._records = records
        self._audit = audit
        self._uploads = uploads
        self._policy = policy
        self._tenant_policies = dict(tenant_policies or {})
        self._clock = clock
        # Who created a record is kept as a pseudonym, for separation of duties on approvals.
        self._pseudonyms = pseudonyms
        self._retention = retention
        # Opens the subject id an upload carries sealed (docs/upload-keys.md); the old key layout, which
        # names the subject, is taken only when the deployment says so.
        self._sealer = sealer
        self._legacy_upload_keys = legacy_upload_keys
        # Which shredded keys an erasure shredded: an upload sealed under one of them is deleted, not parked.
        self._erased_keys = erased_keys
        self._max_upload_bytes = max_upload_bytes

    def _with_expiry(self, record: ClassifiedRecord) -> ClassifiedRecord:
        """The record stamped with its retention: when it expires, by which rule, and what then happens."""
        if self._retention is None:
            return record
        decision = self._retention.for_tenant(record.tenant).decide(
            record.level, record.types, record.purpose, record.created_at
        )
        if decision is None:
            return record
        return replace(
            record, expires_at=decision.expires_at, retention_rule=decision.rule.id, retention_action=decision.action
        )

    def policy_for(self, tenant: str) -> LevelPolicy:
        """The tenant's classification policy, else the default one."""
        return self._tenant_policies.get(tenant, self._policy)

    def classify_text(
        self,
        tenant: str,
        text: str,
        *,
        actor: str,
        actor_roles: tuple[str, ...] = (),
        declared_public: bool = False,
        subject_id: str | None = None,
        purpose: str | None = None,
    ) -> dict[str, Any]:
        """Findings and level of ``text``; with ``subject_id`` the text is recorded for that subject."""
        entities = tuple(detect(text))
        level = classify_level(entities, declared_public=declared_public, policy=self.policy_for(tenant))
        record_id: str | None = None
        changes: list[StagedWrite] = []
        if subject_id is not None:
            record_id = f"rec_{uuid.uuid4().hex}"
            creator = self._pseudonyms.pseudonym(tenant, actor) if self._pseudonyms and actor else None
            record = ClassifiedRecord(
                tenant, record_id, subject_id, level, entities, "api", self._clock(),
                purpose=purpose, text=text, created_by=creator,
            )  # fmt: skip
            changes.append(self._records.stage_save(self._with_expiry(record)))
        self._audit.record(
            tenant,
            AuditRecord(
                "classify.recorded" if record_id else "classify.scanned",
                "success",
                actor=actor,
                actor_roles=actor_roles,
                subject=subject_id,
                details=_summary(entities, level, record_id),
            ),
            changes=changes,
        )
        return {
            "entities": [e.as_dict() for e in entities],
            "classification": level.name,
            "record_id": record_id,
        }

    def classify_upload(self, bucket: str, key: str, version: str | None = None) -> ClassifiedRecord | None:
        """Read, classify, record and tag one uploaded object. An unreadable object is recorded as
        such and :class:`UnreadableDocument` is raised, so the event is retried and then parked.

        None when there is nothing to classify: the object is gone (erased, or discarded by an earlier
        delivery of the event), or it came through a link handed out before its subject was erased, and
        is deleted here, every version, with an audit event: no one could ever open it or name its owner.
        """
        if self._uploads is None:
            raise Unprocessable("uploads are not configured for this service")
        try:
            head = self._uploads.head(bucket, key, version)
            tenant, subject = self._owner(key, head.metadata)
        except NotFound:
            return None
        except UnreadableDocument as exc:
            if exc.reason == "subject_erased":
                self._discard(bucket, key)
                return None
            # Outside the layout: no tenant to record it for, but the object says why it was not read.
            self._uploads.tag(bucket, key, version, _failure_tags(exc))
            raise
        # One record per object version: a retried event overwrites its own record, never adds one.
        object_url = f"s3://{bucket}/{key}?versionId={version or 'null'}"
        record_id = f"rec_{uuid.uuid5(uuid.NAMESPACE_URL, object_url).hex}"
        try:
            kind = document_kind(key)
            # Measured before a byte is read: an upload too large is refused whole, never half-scanned (and
            # counted as read, should the object have been replaced since).
            if head.size > self._max_upload_bytes:
                raise _too_large(self._max_upload_bytes)
            chunks = _at_most(self._uploads.chunks(bucket, key, version), self._max_upload_bytes)
            pieces = extract_text(kind, chunks)
            entities = tuple(detect_stream(_nonempty(pieces)))
        except UnreadableDocument as exc:
            self._save_unreadable(tenant, subject, record_id, key, exc.message)
            self._uploads.tag(bucket, key, version, {**_failure_tags(exc), "privacy:record": record_id})
            raise
        level = classify_level(entities, policy=self.policy_for(tenant))
        record = ClassifiedRecord(tenant, record_id, subject, level, entities, "upload", self._clock(), object_ref=key)
        # The record and its event first, the tags after: a retried event re-records the same record id.
        self._audit.record(
            tenant,
            AuditRecord("classify.upload", "success", subject=subject, details=_summary(entities, level, record_id)),
            changes=[self._records.stage_save(self._with_expiry(record))],
        )
        self._uploads.tag(bucket, key, version, _tags(record))
        return record

    def _discard(self, bucket: str, key: str) -> None:
        """Delete an upload whose subject was erased; audited first, so a failed delete is retried with
        the event (and audited again) rather than done unrecorded."""
        assert self._uploads is not None
        parsed = parse_upload_key(key)
        self._audit.record(
            parsed.tenant,
            AuditRecord(
                "classify.upload_discarded", "success",
                details={"reason": "subject_erased", "upload_id": parsed.upload_id},
            ),
        )  # fmt: skip
        self._uploads.discard(bucket, key)

    def _owner(self, key: str, object_metadata: dict[str, str]) -> tuple[str, str]:
        """The tenant and subject of an upload, from its key and the subject id sealed in its metadata."""
        parsed = parse_upload_key(key)
        metadata = object_metadata if parsed.pseudonymous else {}
        try:
            return parsed.tenant, upload_owner(self._sealer, parsed, metadata, legacy=self._legacy_upload_keys)
        except UnreadableDocument as exc:
            sealed = sealed_subject(metadata)
            if exc.reason == "subject_erased" and not (
                self._erased_keys is not None
                and sealed is not None
                and self._erased_keys.shredded(parsed.tenant, parsed.owner, sealed)
            ):
                # No key, and no erasure shredded it: headers copied from elsewhere, kept for a look.
                raise UnreadableDocument("the upload carries no subject sealed for its key", reason="bad_key") from None
            raise

    def _save_unreadable(self, tenant: str, subject: str, record_id: str, key: str, reason: str) -> None:
        record = ClassifiedRecord(
            tenant, record_id, subject, Level.RESTRICTED, (), "upload", self._clock(),
            object_ref=key, status="unreadable", reason=reason,
        )  # fmt: skip
        self._audit.record(
            tenant,
            AuditRecord(
                "classify.upload", "unreadable", subject=subject, details={"record_id": record_id, "reason": reason}
            ),
            changes=[self._records.stage_save(self._with_expiry(record))],
        )


def _nonempty(pieces: Iterable[str]) -> Iterator[str]:
    return (p for p in pieces if p)


def _too_large(limit: int) -> UnreadableDocument:
    return UnreadableDocument(f"the upload is larger than the {limit}-byte limit", reason="too_large")


def _at_most(chunks: Iterable[bytes], limit: int) -> Iterator[bytes]:
    """``chunks`` until more than ``limit`` bytes have come, then :class:`UnreadableDocument` (``too_large``)."""
    read = 0
    for chunk in chunks:
        read += len(chunk)
        if read > limit:
            raise _too_large(limit)
        yield chunk


def _summary(entities: Iterable[Entity], level: Level, record_id: str | None) -> dict[str, Any]:
    counts = Counter(e.type.value for e in entities)
    return {
        "level": level.name,
        "types": sorted(counts),
        "findings": sum(counts.values()),
        "record_id": record_id,
    }


def _failure_tags(exc: UnreadableDocument) -> dict[str, str]:
    """What a failed upload carries: that it failed and why, as a reason code (``UNREADABLE_REASONS``)."""
    return {"privacy:status": "failed", "privacy:reason": exc.reason}


def _tags(record: ClassifiedRecord) -> dict[str, str]:
    # S3 tag values allow letters, digits, spaces and + - = . _ : / ; types are joined with "+".
    return {
        "privacy:status": "classified",
        "privacy:classification": record.level.name,
        "privacy:types": "+".join(record.types) or "none",
        "privacy:record": record.record_id,
    }
