"""The contact table: each subject's notice address, sealed under the subject key."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from privacykit.adapters.aws import iso_utc, translate_errors
from privacykit.crypto import SubjectKeyring
from privacykit.errors import DecryptionFailed, KeyShredded

__all__ = ["ContactTable"]


class ContactTable:
    """One e-mail address per subject, sealed under the subject key (erasure shreds it)."""

    _RECORD = "contact#email"

    def __init__(self, ddb: Any, table: str, keyring: SubjectKeyring) -> None:
        self._ddb = ddb
        self._table = table
        self._keyring = keyring

    def _key(self, tenant: str, subject: str) -> dict[str, Any]:
        return {"pk": {"S": f"{tenant}#{self._keyring.pseudonym(tenant, subject)}"}, "sk": {"S": "email"}}

    def put_email(self, tenant: str, subject: str, email: str) -> None:
        sealed = self._keyring.encrypt_json(tenant, subject, self._RECORD, {"email": email})
        with translate_errors("contacts.put"):
            self._ddb.put_item(
                TableName=self._table,
                Item={
                    **self._key(tenant, subject),
                    "sealed": {"B": sealed},
                    "updated_at": {"S": iso_utc(datetime.now(UTC))},
                },
            )

    def email(self, tenant: str, subject: str) -> str | None:
        with translate_errors("contacts.get"):
            item = self._ddb.get_item(TableName=self._table, Key=self._key(tenant, subject), ConsistentRead=True).get(
                "Item"
            )
        if not item:
            return None
        try:
            opened: Any = self._keyring.decrypt_json(tenant, subject, self._RECORD, bytes(item["sealed"]["B"]))
        except (KeyShredded, DecryptionFailed):
            return None
        return str(opened["email"])
