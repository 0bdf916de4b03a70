"""Classified records (DynamoDB): metadata and findings in clear; the subject only as its pseudonym, its id,
the object key and the text sealed under the subject key."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from privacykit.adapters.aws import (
    apply_staged,
    batch_get,
    conditional_write,
    delete_keys,
    from_item,
    get_item,
    iso_utc,
    query_page,
    to_item,
    translate_errors,
)
from privacykit.crypto import SubjectKeyring
from privacykit.domain.common.entity_types import Entity, EntityType, Level
from privacykit.domain.common.pages import Page
from privacykit.domain.common.records import ClassifiedRecord
from privacykit.domain.common.retention import RetentionDecision
from privacykit.domain.common.subject_data import SubjectItem
from privacykit.domain.retention.model import ExpiredRecord, RetentionFacts
from privacykit.errors import DecryptionFailed, KeyShredded
from privacykit.ports import StagedWrite

__all__ = [
    "RecordTable", "SUBJECT_INDEX", "EXPORT_PAGE", "EXPIRY_INDEX", "EXPIRY_SHARDS", "expiry_shard", "expiry_text",
]  # fmt: skip

SUBJECT_INDEX = "by_subject"
#: Keys of the ``by_subject`` index read at once by an export, a count or an erasure: what the store holds
#: in memory of a subject's records, however many the subject has.
EXPORT_PAGE = 500
#: The sparse index of records with an expiry: partition ``<tenant>#<shard>``, sort ``expires_at``.
EXPIRY_INDEX = "by_expiry"
#: Records spread over this many partitions of the expiry index by a hash of their id, so that the
#: records of one day (written, or expiring) never crowd one partition, and shards are swept in parallel.
EXPIRY_SHARDS = 16
#: DynamoDB TTL deletes a record this long after it expired, should the sweep not have run by then (a
#: backstop: the sweep audits, deletes the upload and honours holds; TTL does none of that).
BACKSTOP_GRACE = timedelta(days=30)
#: Attributes the expiry index carries, so the sweep acts on what it read without another read.
EXPIRY_PROJECTION = (
    "sealed_ids", "subject_key", "level", "types", "entities", "retention_action", "retention_rule", "created_at",
)  # fmt: skip
#: The record label the subject id and object key are sealed under (beside the record id's own, the text).
_IDS = "{}#ids"


def expiry_shard(tenant: str, record_id: str) -> str:
    """The expiry-index partition of a record: its tenant and a shard from a hash of its id."""
    shard = int.from_bytes(hashlib.sha256(record_id.encode()).digest()[:4], "big") % EXPIRY_SHARDS
    return f"{tenant}#{shard:02d}"


def expiry_text(moment: datetime) -> str:
    """An expiry as stored: UTC, to the second, one fixed width, so that strings compare as instants."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _cursor_out(key: dict[str, Any] | None) -> str | None:
    return json.dumps(from_item(key), sort_keys=True) if key else None


def _cursor_in(cursor: str | None) -> dict[str, Any]:
    return {"ExclusiveStartKey": to_item(json.loads(cursor))} if cursor else {}


def _position_in(after: str | None) -> tuple[dict[str, str] | None, str | None]:
    """An export position as the index key to resume after, and the record id an old checkpoint
    resumes after (a bare id: record ids never start with ``{``)."""
    if after is None:
        return None, None
    if not after.startswith("{"):
        return None, after
    doc = json.loads(after)
    at = doc.get("at")
    return ({"created_at": at[0], "record_id": at[1]} if at else None), doc.get("ids_after")


def _position_out(key: dict[str, Any], ids_after: str | None) -> str:
    doc: dict[str, Any] = {"at": [key["created_at"], key["record_id"]]}
    if ids_after is not None:
        doc["ids_after"] = ids_after
    return json.dumps(doc, separators=(",", ":"))


def _finding_counts(entities: str) -> dict[str, int]:
    return dict(Counter(kind for kind, *_ in json.loads(entities)))


class RecordTable:
    """Partition ``tenant``, sort ``record_id``; index ``by_subject`` on ``tenant#<subject pseudonym>`` for
    access requests and erasure. The text is sealed under the subject key; findings are types and spans.
    The subject id and the object key (which holds the subject id and the file name) are kept only in
    ``sealed_ids``, sealed under the subject key with the pseudonym bound, so that the table (and the
    expiry index, which projects it) opens them from the pseudonym alone and erasure shreds them. A
    record written before that keeps ``subject_id`` and ``object_ref`` in clear and still reads.

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
    def _index_pages(
        self, tenant: str, subject: str, start: dict[str, str] | None = None, **extra: Any
    ) -> Iterator[dict[str, Any]]:
        """The subject's pages of the ``by_subject`` index (keys only: ``created_at``, ``record_id``), at
        most :data:`EXPORT_PAGE` keys each, from after ``start`` (an index position): the store holds one
        page at a time, whatever the subject's record count."""
        subject_key = self._subject_key(tenant, subject)
        call: dict[str, Any] = {
            "TableName": self._table, "IndexName": SUBJECT_INDEX, "KeyConditionExpression": "subject_key = :s",
            "ExpressionAttributeValues": to_item({":s": subject_key}), "Limit": EXPORT_PAGE, **extra,
        }  # fmt: skip
        if start is not None:
            call["ExclusiveStartKey"] = to_item({"subject_key": subject_key, "tenant": tenant, **start})
        while True:
            with translate_errors("records.by_subject"):
                page = self._ddb.query(**call)
            yield page
            if not page.get("LastEvaluatedKey"):
                return
            call["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    def _index_keys(self, tenant: str, subject: str) -> Iterator[list[dict[str, Any]]]:
        for page in self._index_pages(tenant, subject, ProjectionExpression="record_id"):
            yield [from_item(item) for item in page.get("Items", [])]

    def count(self, tenant: str, subject: str) -> int:
        return sum(int(page.get("Count", 0)) for page in self._index_pages(tenant, subject, Select="COUNT"))

    def by_subject(self, tenant: str, subject: str, *, limit: int, cursor: str | None) -> Page[ClassifiedRecord]:
        """A page of the subject's records, newest first, without their text (found by pseudonym)."""
        subject_key = self._subject_key(tenant, subject)
        keys, next_cursor = query_page(
            self._ddb,
            "records.by_subject",
            list_name="records",
            key_fields=("tenant", "record_id", "subject_key", "created_at"),
            bound={"tenant": tenant, "subject_key": subject_key},
            limit=limit,
            cursor=cursor,
            TableName=self._table,
            IndexName=SUBJECT_INDEX,
            KeyConditionExpression="subject_key = :s",
            ExpressionAttributeValues=to_item({":s": subject_key}),
            ScanIndexForward=False,
        )
        found = (self.get(tenant, key["record_id"]) for key in keys)
        # A record deleted since the index was read is left out.
        return Page(tuple(r for r in found if r is not None), next_cursor)

    def export(self, tenant: str, subject: str) -> Iterator[SubjectItem]:
        return (item for item, _ in self.export_after(tenant, subject, None))

    def export_after(self, tenant: str, subject: str, after: str | None) -> Iterator[tuple[SubjectItem, str]]:
        """Oldest first, in the ``by_subject`` index's order (``created_at``, then record id), from after
        the position ``after``, each record with the position just after it: an export stopped part-way
        resumes there. The index is read a page of :data:`EXPORT_PAGE` keys at a time and the records 100
        to a batch, text and all, so memory holds a page, never the subject's list of records.

        A position is ``{"at": [created_at, record_id]}`` as JSON (the index key of the last record
        written; nothing personal). A checkpoint kept before positions existed holds a bare record id (the export
        went in record id order then): it resumes by reading the whole index and skipping every record
        whose id sorts at or before it, so the package gets each record once (``ids_after`` carries the
        skip on into the positions given out from there)."""
        start, ids_after = _position_in(after)
        subject_key = self._subject_key(tenant, subject)
        for page in self._index_pages(tenant, subject, start, ProjectionExpression="record_id, created_at"):
            keys = [from_item(item) for item in page.get("Items", [])]
            if ids_after is not None:  # an old checkpoint: what sorted after its id is still to come
                keys = [key for key in keys if key["record_id"] > ids_after]
            for first in range(0, len(keys), 100):
                chunk = keys[first : first + 100]
                wanted = [self._key(tenant, key["record_id"]) for key in chunk]
                read = batch_get(self._ddb, "records.export", self._table, wanted)
                found = {item["record_id"]: item for item in read}
                for key in chunk:
                    item = found.get(key["record_id"])
                    if item is None or item.get("subject_key") != subject_key:
                        continue  # deleted meanwhile, or the index is behind
                    yield self._exported(tenant, subject, item), _position_out(key, ids_after)

    def _exported(self, tenant: str, subject: str, item: dict[str, Any]) -> SubjectItem:
        record = self._record(tenant, item)
        try:
            sealed = item.get("sealed_text")
            text = self._keyring.decrypt(tenant, subject, record.record_id, sealed).decode() if sealed else None
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
            "expires_at": iso_utc(record.expires_at) if record.expires_at else None,
            "retention_rule": record.retention_rule,
            "text": text,
        }
        return SubjectItem(self.kind, record.record_id, data, provided_by_subject=record.source == "upload")

    def erase(self, tenant: str, subject: str) -> int:
        """A page of the index at a time: its records deleted before the next page is read."""
        erased = 0
        for keys in self._index_keys(tenant, subject):
            wanted = [self._key(tenant, key["record_id"]) for key in keys]
            erased += delete_keys(self._ddb, "records.erase", self._table, wanted)
        return erased

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
        sealed_ids = None
        if record.subject_id:
            ids = {"subject_id": record.subject_id, "object_ref": record.object_ref}
            sealed_ids = self._keyring.encrypt_for_pseudonym(
                record.tenant, record.subject_id, _IDS.format(record.record_id), json.dumps(ids).encode()
            )
        elif record.object_ref:
            raise ValueError("an object key is only stored for a subject, under that subject's key")
        # Empty optional values are left out (None), as are empty sets, which DynamoDB refuses.
        item = {
            **self._key(record.tenant, record.record_id),
            "level": record.level.name,
            "source": record.source,
            "status": record.status,
            "created_at": record.created_at.isoformat(),
            "entities": json.dumps([[e.type.value, e.start, e.end, round(e.score, 3)] for e in record.entities]),
            "types": set(record.types) or None,
            "subject_key": self._subject_key(record.tenant, record.subject_id) if record.subject_id else None,
            "sealed_ids": sealed_ids,
            "purpose": record.purpose or None,
            "reason": record.reason or None,
            "created_by": record.created_by or None,
            "sealed_text": sealed_text,
            **self._expiry_attributes(record.tenant, record.record_id, record.expires_at, record.retention_action),
            "retention_rule": record.retention_rule or None,
            "retention_action": record.retention_action or None,
        }
        return StagedWrite({"Put": {"TableName": self._table, "Item": to_item(item)}})

    @staticmethod
    def _expiry_attributes(
        tenant: str, record_id: str, expires_at: datetime | None, action: str | None
    ) -> dict[str, Any]:
        if expires_at is None:
            return {"expires_at": None, "expiry_shard": None, "expires_ttl": None}
        return {
            "expires_at": expiry_text(expires_at),
            "expiry_shard": expiry_shard(tenant, record_id),
            # Only what is deleted gets the TTL backstop: an anonymised record stays.
            "expires_ttl": int((expires_at + BACKSTOP_GRACE).timestamp()) if action == "delete" else None,
        }

    def get(self, tenant: str, record_id: str) -> ClassifiedRecord | None:
        """The record without its text: deciding about a record never needs to decrypt it."""
        item = get_item(self._ddb, "records.get", self._table, self._key(tenant, record_id))
        return self._record(tenant, item) if item else None

    def _ids(self, tenant: str, item: dict[str, Any]) -> tuple[str | None, str | None]:
        """The record's subject id and object key: opened from ``sealed_ids`` by the pseudonym, or (a
        record written before they were sealed) read in clear. None for both once the subject key is
        shredded: the record is about to be deleted with the rest of the subject's data."""
        sealed, subject_key = item.get("sealed_ids"), item.get("subject_key")
        if sealed is None or not subject_key:
            return item.get("subject_id"), item.get("object_ref")
        try:
            opened = json.loads(
                self._keyring.decrypt_by_pseudonym(
                    tenant, subject_key.split("#", 1)[1], _IDS.format(item["record_id"]), sealed
                )
            )
        except (KeyShredded, DecryptionFailed):
            return None, None
        return opened["subject_id"], opened.get("object_ref")

    def _record(self, tenant: str, item: dict[str, Any]) -> ClassifiedRecord:
        subject_id, object_ref = self._ids(tenant, item)
        return ClassifiedRecord(
            tenant=tenant,
            record_id=item["record_id"],
            subject_id=subject_id,
            level=Level[item["level"]],
            entities=tuple(
                Entity(start, end, EntityType(kind), score) for kind, start, end, score in json.loads(item["entities"])
            ),
            source=item["source"],
            created_at=datetime.fromisoformat(item["created_at"]),
            purpose=item.get("purpose"),
            object_ref=object_ref,
            status=item["status"],
            reason=item.get("reason"),
            created_by=item.get("created_by"),
            expires_at=datetime.fromisoformat(item["expires_at"]) if item.get("expires_at") else None,
            retention_rule=item.get("retention_rule"),
            retention_action=item.get("retention_action"),
        )

    def text(self, record: ClassifiedRecord) -> str | None:
        """Decrypt the record's text (:class:`KeyShredded` once its subject was erased)."""
        item = get_item(
            self._ddb,
            "records.text",
            self._table,
            self._key(record.tenant, record.record_id),
            ProjectionExpression="sealed_text",
        )
        if not item or "sealed_text" not in item:
            return None
        if not record.subject_id:
            # Text is only stored for a subject: a record whose subject id no longer opens was erased.
            raise KeyShredded("the subject's key has been erased; the value can no longer be read")
        return self._keyring.decrypt(record.tenant, record.subject_id, record.record_id, item["sealed_text"]).decode()

    # -- retention: the expiry index (domain/retention/ports.ExpiringRecords) -----------------------
    shards = EXPIRY_SHARDS

    def expired(
        self, tenant: str, shard: int, as_of: datetime, cursor: str | None, limit: int
    ) -> tuple[list[ExpiredRecord], str | None]:
        """One page of the shard's records expired by ``as_of``: the key condition reads only those."""
        with translate_errors("records.expired"):
            page = self._ddb.query(
                TableName=self._table,
                IndexName=EXPIRY_INDEX,
                KeyConditionExpression="expiry_shard = :s AND expires_at <= :now",
                ExpressionAttributeValues=to_item({":s": f"{tenant}#{shard:02d}", ":now": expiry_text(as_of)}),
                Limit=limit,
                **_cursor_in(cursor),
            )
        found = []
        for item in (from_item(i) for i in page.get("Items", [])):
            subject_key = item.get("subject_key")
            if subject_key and "sealed_ids" not in item and "subject_id" not in item:
                item = {**item, **self._clear_ids(tenant, item["record_id"])}  # written before ids were sealed
            subject_id, object_ref = self._ids(tenant, item)
            found.append(
                ExpiredRecord(
                    tenant=tenant,
                    record_id=item["record_id"],
                    expires_at=datetime.fromisoformat(item["expires_at"]),
                    level=Level[item["level"]],
                    action=item.get("retention_action") or "delete",
                    rule=item.get("retention_rule") or "unknown",
                    created_at=datetime.fromisoformat(item["created_at"]),
                    subject_id=subject_id,
                    subject_pseudonym=subject_key.split("#", 1)[1] if subject_key else None,
                    object_ref=object_ref,
                    types=tuple(sorted(item.get("types") or ())),
                    finding_counts=_finding_counts(item.get("entities") or "[]"),
                )
            )
        return found, _cursor_out(page.get("LastEvaluatedKey"))

    def _clear_ids(self, tenant: str, record_id: str) -> dict[str, Any]:
        """The clear subject id and object key of a record written before they were sealed, which the
        expiry index no longer projects."""
        item = get_item(
            self._ddb, "records.expiry", self._table, self._key(tenant, record_id),
            ProjectionExpression="subject_id, object_ref",
        )  # fmt: skip
        return item or {}

    def _unchanged(self, record: ExpiredRecord) -> dict[str, Any]:
        return {
            "ConditionExpression": "expires_at = :seen",
            "ExpressionAttributeValues": to_item({":seen": expiry_text(record.expires_at)}),
        }

    def is_current(self, record: ExpiredRecord) -> bool:
        item = get_item(
            self._ddb, "records.expiry", self._table, self._key(record.tenant, record.record_id),
            ProjectionExpression="expires_at", ConsistentRead=True,
        )  # fmt: skip
        return item is not None and item.get("expires_at") == expiry_text(record.expires_at)

    def stage_delete(self, record: ExpiredRecord) -> StagedWrite:
        return StagedWrite(
            {"Delete": {"TableName": self._table, "Key": to_item(self._key(record.tenant, record.record_id)),
                        **self._unchanged(record)}},
            "the record's expiry changed, or it is gone",
        )  # fmt: skip

    def stage_anonymise(self, record: ExpiredRecord) -> StagedWrite:
        # Dates keep their month only (the first of it, so the value still reads as an instant).
        month = record.created_at.astimezone(UTC).strftime("%Y-%m-01T00:00:00+00:00")
        values = {
            ":seen": expiry_text(record.expires_at),
            ":status": "anonymised",
            ":month": month,
            ":none": "[]",
            ":counts": json.dumps(dict(sorted(record.finding_counts.items()))),
            ":expired": expiry_text(record.expires_at)[:7] + "-01T00:00:00Z",
        }
        update = (
            "SET #status = :status, created_at = :month, entities = :none, finding_counts = :counts, "
            "expired_month = :expired "
            "REMOVE subject_id, subject_key, sealed_ids, sealed_text, object_ref, created_by, reason, expires_at, "
            "expiry_shard, expires_ttl"
        )
        return StagedWrite(
            {"Update": {"TableName": self._table, "Key": to_item(self._key(record.tenant, record.record_id)),
                        "UpdateExpression": update, "ConditionExpression": "expires_at = :seen",
                        "ExpressionAttributeNames": {"#status": "status"},
                        "ExpressionAttributeValues": to_item(values)}},
            "the record's expiry changed, or it is gone",
        )  # fmt: skip

    def drop_backstop(self, record: ExpiredRecord) -> None:
        conditional_write(
            self._ddb.update_item, "records.hold", TableName=self._table,
            Key=to_item(self._key(record.tenant, record.record_id)), UpdateExpression="REMOVE expires_ttl",
            ConditionExpression="attribute_exists(record_id)",
        )  # fmt: skip

    def facts(self, tenant: str, cursor: str | None, limit: int) -> tuple[list[RetentionFacts], str | None]:
        with translate_errors("records.facts"):
            page = self._ddb.query(
                TableName=self._table, KeyConditionExpression="tenant = :t", FilterExpression="#status <> :anonymised",
                ProjectionExpression="record_id, #level, types, purpose, created_at, expires_at, retention_rule",
                ExpressionAttributeNames={"#status": "status", "#level": "level"},
                ExpressionAttributeValues=to_item({":t": tenant, ":anonymised": "anonymised"}),
                Limit=limit, **_cursor_in(cursor),
            )  # fmt: skip
        found = [
            RetentionFacts(
                tenant=tenant,
                record_id=item["record_id"],
                level=Level[item["level"]],
                types=tuple(sorted(item.get("types") or ())),
                purpose=item.get("purpose"),
                created_at=datetime.fromisoformat(item["created_at"]),
                expires_at=datetime.fromisoformat(item["expires_at"]) if item.get("expires_at") else None,
                rule=item.get("retention_rule"),
            )
            for item in (from_item(i) for i in page.get("Items", []))
        ]
        return found, _cursor_out(page.get("LastEvaluatedKey"))

    def set_expiry(self, facts: RetentionFacts, decision: RetentionDecision | None) -> bool:
        """Only the expiry attributes change, on condition they are still the ones read."""
        expiry = self._expiry_attributes(
            facts.tenant, facts.record_id, decision.expires_at if decision else None,
            decision.action if decision else None,
        )  # fmt: skip
        values = {
            **{f":{k}": v for k, v in expiry.items() if v is not None},
            ":rule": decision.rule.id if decision else None,
            ":action": decision.action if decision else None,
            ":seen": expiry_text(facts.expires_at) if facts.expires_at else None,
        }
        sets = [f"{k} = :{k}" for k, v in expiry.items() if v is not None]
        removes = [k for k, v in expiry.items() if v is None]
        if decision:
            sets += ["retention_rule = :rule", "retention_action = :action"]
        else:
            removes += ["retention_rule", "retention_action"]
        update = (f"SET {', '.join(sets)} " if sets else "") + (f"REMOVE {', '.join(removes)}" if removes else "")
        condition = (
            "expires_at = :seen"
            if facts.expires_at
            else "attribute_exists(record_id) AND attribute_not_exists(expires_at)"
        )
        return conditional_write(
            self._ddb.update_item, "records.set_expiry", TableName=self._table,
            Key=to_item(self._key(facts.tenant, facts.record_id)), UpdateExpression=update.strip(),
            ConditionExpression=condition, ExpressionAttributeValues=to_item(values),
        )  # fmt: skip
