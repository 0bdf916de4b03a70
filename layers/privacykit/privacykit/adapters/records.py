"""Classified records (DynamoDB): metadata and findings in clear, the text sealed under the subject key."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from privacykit.adapters.aws import translate_errors
from privacykit.crypto import SubjectKeyring
from privacykit.domain.common.entity_types import Entity, EntityType, Level
from privacykit.domain.common.records import ClassifiedRecord

__all__ = ["RecordTable"]


class RecordTable:
    """Partition ``tenant``, sort ``record_id``; index ``by_subject`` on ``tenant#subject`` for access
    requests and erasure. The text is sealed under the subject key; findings are types and spans."""

    def __init__(self, ddb: Any, table: str, keyring: SubjectKeyring) -> None:
        self._ddb = ddb
        self._table = table
        self._keyring = keyring

    def save(self, record: ClassifiedRecord) -> None:
        item: dict[str, Any] = {
            "tenant": {"S": record.tenant},
            "record_id": {"S": record.record_id},
            "level": {"S": record.level.name},
            "source": {"S": record.source},
            "status": {"S": record.status},
            "created_at": {"S": record.created_at.isoformat()},
            "entities": {"S": json.dumps([[e.type.value, e.start, e.end, round(e.score, 3)] for e in record.entities])},
        }
        if record.types:
            item["types"] = {"SS": record.types}
        if record.subject_id:
            item["subject_id"] = {"S": record.subject_id}
            item["subject_key"] = {"S": f"{record.tenant}#{record.subject_id}"}
        for name in ("purpose", "object_ref", "reason"):
            value = getattr(record, name)
            if value:
                item[name] = {"S": value}
        if record.text is not None:
            if not record.subject_id:
                raise ValueError("text is only stored for a subject, under that subject's key")
            item["sealed_text"] = {
                "B": self._keyring.encrypt(record.tenant, record.subject_id, record.record_id, record.text.encode())
            }
        with translate_errors("records.save"):
            self._ddb.put_item(TableName=self._table, Item=item)

    def get(self, tenant: str, record_id: str) -> ClassifiedRecord | None:
        """The record without its text: deciding about a record never needs to decrypt it."""
        with translate_errors("records.get"):
            item = self._ddb.get_item(
                TableName=self._table, Key={"tenant": {"S": tenant}, "record_id": {"S": record_id}}
            ).get("Item")
        if not item:
            return None
        return ClassifiedRecord(
            tenant=tenant,
            record_id=record_id,
            subject_id=item.get("subject_id", {}).get("S"),
            level=Level[item["level"]["S"]],
            entities=tuple(
                Entity(start, end, EntityType(kind), score)
                for kind, start, end, score in json.loads(item["entities"]["S"])
            ),
            source=item["source"]["S"],
            created_at=datetime.fromisoformat(item["created_at"]["S"]),
            purpose=item.get("purpose", {}).get("S"),
            object_ref=item.get("object_ref", {}).get("S"),
            status=item["status"]["S"],
            reason=item.get("reason", {}).get("S"),
        )

    def text(self, record: ClassifiedRecord) -> str | None:
        """Decrypt the record's text (:class:`KeyShredded` once its subject was erased)."""
        if not record.subject_id:
            return None
        with translate_errors("records.text"):
            item = self._ddb.get_item(
                TableName=self._table,
                Key={"tenant": {"S": record.tenant}, "record_id": {"S": record.record_id}},
                ProjectionExpression="sealed_text",
            ).get("Item")
        if not item or "sealed_text" not in item:
            return None
        sealed = bytes(item["sealed_text"]["B"])
        return self._keyring.decrypt(record.tenant, record.subject_id, record.record_id, sealed).decode()
