"""DynamoDB repositories: subject keys, the audit chain head, consent events."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from botocore.exceptions import ClientError

from privacykit.adapters.aws import error_code, translate_errors
from privacykit.crypto import SubjectKeyring, WrappedKey
from privacykit.domain.audit.chain import ChainHead
from privacykit.domain.consent.model import ConsentEvent
from privacykit.errors import ChainConflict

__all__ = ["SubjectKeyTable", "ChainHeadTable", "ConsentTable", "query_all"]


def query_all(ddb: Any, operation: str, **kwargs: Any) -> Iterator[dict[str, Any]]:
    """Every item of a query, following ``LastEvaluatedKey``."""
    while True:
        with translate_errors(operation):
            page = ddb.query(**kwargs)
        yield from page.get("Items", [])
        if "LastEvaluatedKey" not in page:
            return
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value).astimezone(UTC) if value else None


class SubjectKeyTable:
    """Wrapped subject keys: partition ``tenant``, sort ``subject``."""

    def __init__(self, ddb: Any, table: str) -> None:
        self._ddb = ddb
        self._table = table

    def get(self, tenant: str, subject: str) -> WrappedKey | None:
        with translate_errors("subject_keys.get"):
            item = self._ddb.get_item(
                TableName=self._table,
                Key={"tenant": {"S": tenant}, "subject": {"S": subject}},
                ConsistentRead=True,
            ).get("Item")
        if not item:
            return None
        return WrappedKey(
            key_id=bytes(item["key_id"]["B"]),
            wrapped=bytes(item["wrapped"]["B"]),
            created_at=datetime.fromisoformat(item["created_at"]["S"]),
        )

    def put_if_absent(self, tenant: str, subject: str, key: WrappedKey) -> bool:
        try:
            self._ddb.put_item(
                TableName=self._table,
                Item={
                    "tenant": {"S": tenant},
                    "subject": {"S": subject},
                    "key_id": {"B": key.key_id},
                    "wrapped": {"B": key.wrapped},
                    "created_at": {"S": key.created_at.isoformat()},
                },
                ConditionExpression="attribute_not_exists(subject)",
            )
        except ClientError as exc:
            if error_code(exc) == "ConditionalCheckFailedException":
                return False
            with translate_errors("subject_keys.put"):
                raise
        return True

    def delete(self, tenant: str, subject: str) -> bool:
        with translate_errors("subject_keys.delete"):
            out = self._ddb.delete_item(
                TableName=self._table,
                Key={"tenant": {"S": tenant}, "subject": {"S": subject}},
                ReturnValues="ALL_OLD",
            )
        return bool(out.get("Attributes"))


class ChainHeadTable:
    """One item per tenant: the last sequence number and hash of its audit chain."""

    def __init__(self, ddb: Any, table: str) -> None:
        self._ddb = ddb
        self._table = table

    def _item(self, tenant: str) -> dict[str, Any] | None:
        with translate_errors("audit_chain.get"):
            item: dict[str, Any] | None = self._ddb.get_item(
                TableName=self._table, Key={"tenant": {"S": tenant}}, ConsistentRead=True
            ).get("Item")
        return item

    def get(self, tenant: str) -> ChainHead | None:
        item = self._item(tenant)
        if not item or "seq" not in item:
            return None
        return ChainHead(int(item["seq"]["N"]), item["head_hash"]["S"])

    def advance(self, tenant: str, expected: ChainHead | None, new: ChainHead) -> None:
        names = {"#seq": "seq"}
        values: dict[str, Any] = {
            ":seq": {"N": str(new.seq)},
            ":hash": {"S": new.hash},
            ":at": {"S": datetime.now(UTC).isoformat()},
        }
        if expected is None:
            condition = "attribute_not_exists(#seq)"
        else:
            condition = "#seq = :expected AND head_hash = :expected_hash"
            values[":expected"] = {"N": str(expected.seq)}
            values[":expected_hash"] = {"S": expected.hash}
        try:
            self._ddb.update_item(
                TableName=self._table,
                Key={"tenant": {"S": tenant}},
                UpdateExpression="SET #seq = :seq, head_hash = :hash, updated_at = :at",
                ConditionExpression=condition,
                ExpressionAttributeNames=names,
                ExpressionAttributeValues=values,
            )
        except ClientError as exc:
            if error_code(exc) == "ConditionalCheckFailedException":
                raise ChainConflict("the audit chain head moved") from exc
            with translate_errors("audit_chain.advance"):
                raise

    def tenants(self) -> list[str]:
        tenants: list[str] = []
        kwargs: dict[str, Any] = {"TableName": self._table, "ProjectionExpression": "tenant"}
        while True:
            with translate_errors("audit_chain.scan"):
                page = self._ddb.scan(**kwargs)
            tenants += [i["tenant"]["S"] for i in page.get("Items", [])]
            if "LastEvaluatedKey" not in page:
                return sorted(tenants)
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    def last_digest_seq(self, tenant: str) -> int:
        item = self._item(tenant)
        return int(item["digest_seq"]["N"]) if item and "digest_seq" in item else 0

    def set_last_digest_seq(self, tenant: str, seq: int) -> None:
        with translate_errors("audit_chain.digest"):
            self._ddb.update_item(
                TableName=self._table,
                Key={"tenant": {"S": tenant}},
                UpdateExpression="SET digest_seq = :seq",
                ExpressionAttributeValues={":seq": {"N": str(seq)}},
            )


class ConsentTable:
    """Append-only consent events. The partition is the subject's keyed pseudonym (no subject id
    stored in clear); the details of each event are sealed under the subject key, so that erasure
    shreds them."""

    def __init__(self, ddb: Any, table: str, keyring: SubjectKeyring) -> None:
        self._ddb = ddb
        self._table = table
        self._keyring = keyring

    def _pk(self, tenant: str, subject: str) -> str:
        return f"{tenant}#{self._keyring.pseudonym(tenant, subject)}"

    def append(self, tenant: str, subject: str, event: ConsentEvent) -> None:
        sealed = self._keyring.encrypt_json(
            tenant,
            subject,
            event.event_id,
            {
                "lawful_basis": event.lawful_basis,
                "notice_version": event.notice_version,
                "channel": event.channel,
                "jurisdiction": event.jurisdiction,
                "actor_kind": event.actor_kind,
            },
        )
        item: dict[str, Any] = {
            "pk": {"S": self._pk(tenant, subject)},
            "sk": {"S": f"{event.at.astimezone(UTC).isoformat()}#{event.event_id}"},
            "event_id": {"S": event.event_id},
            "purpose": {"S": event.purpose},
            "action": {"S": event.action},
            "at": {"S": event.at.astimezone(UTC).isoformat()},
            "receipt_id": {"S": event.receipt_id},
            "sealed": {"B": sealed},
        }
        if event.expires_at:
            item["expires_at"] = {"S": event.expires_at.astimezone(UTC).isoformat()}
        with translate_errors("consent.append"):
            self._ddb.put_item(TableName=self._table, Item=item, ConditionExpression="attribute_not_exists(sk)")

    def history(self, tenant: str, subject: str) -> list[ConsentEvent]:
        events: list[ConsentEvent] = []
        for item in query_all(
            self._ddb,
            "consent.history",
            TableName=self._table,
            KeyConditionExpression="pk = :pk",
            ExpressionAttributeValues={":pk": {"S": self._pk(tenant, subject)}},
            ConsistentRead=True,
        ):
            event_id = item["event_id"]["S"]
            details: Any = self._keyring.decrypt_json(tenant, subject, event_id, bytes(item["sealed"]["B"]))
            events.append(
                ConsentEvent(
                    event_id=event_id,
                    purpose=item["purpose"]["S"],
                    action=item["action"]["S"],
                    at=datetime.fromisoformat(item["at"]["S"]),
                    receipt_id=item["receipt_id"]["S"],
                    actor_kind=details.get("actor_kind", "unknown"),
                    lawful_basis=details.get("lawful_basis"),
                    notice_version=details.get("notice_version"),
                    channel=details.get("channel"),
                    jurisdiction=details.get("jurisdiction"),
                    expires_at=_dt(item.get("expires_at", {}).get("S")),
                )
            )
        return events
