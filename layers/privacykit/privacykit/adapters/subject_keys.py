"""The subject-key table: each subject's data key, stored only wrapped by KMS."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from privacykit.adapters.aws import conditional_write, get_item, to_item, translate_errors
from privacykit.crypto import WrappedKey

__all__ = ["SubjectKeyTable"]


class SubjectKeyTable:
    """Wrapped subject keys: partition ``tenant``, sort ``subject``."""

    def __init__(self, ddb: Any, table: str) -> None:
        self._ddb = ddb
        self._table = table

    def get(self, tenant: str, subject: str) -> WrappedKey | None:
        item = get_item(
            self._ddb, "subject_keys.get", self._table, {"tenant": tenant, "subject": subject}, ConsistentRead=True
        )
        if not item:
            return None
        return WrappedKey(
            key_id=item["key_id"], wrapped=item["wrapped"], created_at=datetime.fromisoformat(item["created_at"])
        )

    def key_id(self, tenant: str, name: str) -> str | None:
        stored = self.get(tenant, name)
        return stored.key_id.hex() if stored is not None else None

    def put_if_absent(self, tenant: str, subject: str, key: WrappedKey) -> bool:
        return conditional_write(
            self._ddb.put_item,
            "subject_keys.put",
            TableName=self._table,
            Item=to_item(
                {
                    "tenant": tenant,
                    "subject": subject,
                    "key_id": key.key_id,
                    "wrapped": key.wrapped,
                    "created_at": key.created_at.isoformat(),
                }
            ),
            ConditionExpression="attribute_not_exists(subject)",
        )

    def delete(self, tenant: str, subject: str) -> bool:
        with translate_errors("subject_keys.delete"):
            out = self._ddb.delete_item(
                TableName=self._table,
                Key=to_item({"tenant": tenant, "subject": subject}),
                ReturnValues="ALL_OLD",
            )
        return bool(out.get("Attributes"))
