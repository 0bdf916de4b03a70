"""The subject-key table: each subject's data key, stored only wrapped by KMS."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from botocore.exceptions import ClientError

from privacykit.adapters.aws import error_code, translate_errors
from privacykit.crypto import WrappedKey

__all__ = ["SubjectKeyTable"]


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
