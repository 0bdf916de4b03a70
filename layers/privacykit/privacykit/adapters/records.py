"""Classified records (DynamoDB): metadata and findings in clear, the text sealed under the subject key."""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from privacykit.adapters.aws import apply_staged, batch_get, delete_keys, get_item, iso_utc, query_all, to_item
from privacykit.crypto import SubjectKeyring
from privacykit.domain.common.entity_types import Entity, EntityType, Level
from privacykit.domain.common.records import ClassifiedRecord
from privacykit.domain.common.subject_data import SubjectItem
from privacykit.errors import DecryptionFailed, KeyShredded
from privacykit.ports import StagedWrite

__all__ = ["RecordTable", "SUBJECT_INDEX"]

SUBJECT_INDEX = "by_subject"


class RecordTable:
    """Partition ``tenant``, sort ``record_id``; index ``by_subject`` on ``tenant#<subject pseudonym>`` for
    access requests and erasure. The text is sealed under the subject key; findings are types and spans.

    As the subject data store ``classified_records``: exported with their text (when it still opens),
    and deleted on erasure."""

    kind = "classified_records"

    def __init__(self, ddb: Any, table: str, keyring: SubjectKeyring) -> None:
        self._ddb = ddb
        self._table = table
        self._keyring = keyring

    def _key(self, tenant: str, record_id: str) -> dict[str, str]:
        return {"tenant": tenant, "record_id": record_id}

    def _subject_key(self, tenant: str, subject: str) -> str:
        return f"{tenant}#{self._keyring.pseudonym(tenant, subject)}"

    # -- the subject data store --------------------------------------------------------------------
    def _record_ids(self, tenant: str, subject: str) -> list[str]:
        return [
            item["record_id"]
            for item in query_all(
                self._ddb,
                "records.by_subject",
                TableName=self._table,
                IndexName=SUBJECT_INDEX,
                KeyConditionExpression="subject_key = :s",
                ExpressionAttributeValues=to_item({":s": self._subject_key(tenant, subject)}),
                ProjectionExpression="record_id",  # pages of ids only: memory grows by an id a record
            )
        ]

    def count(self, tenant: str, subject: str) -> int:
        return len(self._record_ids(tenant, subject))

    def export(self, tenant: str, subject: str) -> Iterator[SubjectItem]:
        return self.export_after(tenant, subject, None)

    def export_after(self, tenant: str, subject: str, after: str | None) -> Iterator[SubjectItem]:
        """In record id order, from after ``after``: an export stopped part-way resumes there. Read 100
        records to a batch, text and all."""
        ids = self._record_ids(tenant, subject)
        ids.sort()  # in place: the ids are all this store holds in memory, about 100 bytes a record
        for start in range(bisect_right(ids, after) if after is not None else 0, len(ids), 100):
            keys = [self._key(tenant, i) for i in ids[start : start + 100]]
            found = {item["record_id"]: item for item in batch_get(self._ddb, "records.export", self._table, keys)}
            for record_id in ids[start : start + 100]:
                item = found.get(record_id)
                if item is None or item.get("subject_id") != subject:
                    continue  # deleted meanwhile, or the index is behind
                record = self._record(tenant, item)
                try:
                    sealed = item.get("sealed_text")
                    text = self._keyring.decrypt(tenant, subject, record_id, sealed).decode() if sealed else None
                except (KeyShredded, DecryptionFailed):
                    text = None
                data = {
                    "record_id": record.record_id,
                    "created_at": iso_utc(record.created_at),
                    "source": record.source,
                    "level": record.level.name,
                    "purpose": record.purpose,
                    "status": record.status,
                    "categories": sorted({e.type.value for e in record.entities}),
                    "findings": [e.as_dict() for e in record.entities],
                    "text": text,
                }
                yield SubjectItem(self.kind, record_id, data, provided_by_subject=record.source == "upload")

    def erase(self, tenant: str, subject: str) -> int:
        ids = self._record_ids(tenant, subject)
        return delete_keys(self._ddb, "records.erase", self._table, [self._key(tenant, i) for i in ids])

    def save(self, record: ClassifiedRecord) -> None:
        apply_staged(self._ddb, "records.save", self.stage_save(record))

    def stage_save(self, record: ClassifiedRecord) -> StagedWrite:
        sealed_text = None
        if record.text is not None:
            if not record.subject_id:
                raise ValueError("text is only stored for a subject, under that subject's key")
            sealed_text = self._keyring.encrypt(
                record.tenant, record.subject_id, record.record_id, record.text.encode()
            )
        # Empty optional values are left out (None), as are empty sets, which DynamoDB refuses.
        item = {
            **self._key(record.tenant, record.record_id),
            "level": record.level.name,
            "source": record.source,
            "status": record.status,
            "created_at": record.created_at.isoformat(),
            "entities": json.dumps([[e.type.value, e.start, e.end, round(e.score, 3)] for e in record.entities]),
            "types": set(record.types) or None,
            "subject_id": record.subject_id or None,
            "subject_key": self._subject_key(record.tenant, record.subject_id) if record.subject_id else None,
            "purpose": record.purpose or None,
            "object_ref": record.object_ref or None,
            "reason": record.reason or None,
            "created_by": record.created_by or None,
            "sealed_text": sealed_text,
        }
        return StagedWrite({"Put": {"TableName": self._table, "Item": to_item(item)}})

    def get(self, tenant: str, record_id: str) -> ClassifiedRecord | None:
        """The record without its text: deciding about a record never needs to decrypt it."""
        item = get_item(self._ddb, "records.get", self._table, self._key(tenant, record_id))
        return self._record(tenant, item) if item else None

    @staticmethod
    def _record(tenant: str, item: dict[str, Any]) -> ClassifiedRecord:
        return ClassifiedRecord(
            tenant=tenant,
            record_id=item["record_id"],
            subject_id=item.get("subject_id"),
            level=Level[item["level"]],
            entities=tuple(
                Entity(start, end, EntityType(kind), score) for kind, start, end, score in json.loads(item["entities"])
            ),
            source=item["source"],
            created_at=datetime.fromisoformat(item["created_at"]),
            purpose=item.get("purpose"),
            object_ref=item.get("object_ref"),
            status=item["status"],
            reason=item.get("reason"),
            created_by=item.get("created_by"),
        )

    def text(self, record: ClassifiedRecord) -> str | None:
        """Decrypt the record's text (:class:`KeyShredded` once its subject was erased)."""
        if not record.subject_id:
            return None
        item = get_item(
            self._ddb,
            "records.text",
            self._table,
            self._key(record.tenant, record.record_id),
            ProjectionExpression="sealed_text",
        )
        if not item or "sealed_text" not in item:
            return None
        return self._keyring.decrypt(record.tenant, record.subject_id, record.record_id, item["sealed_text"]).decode()
