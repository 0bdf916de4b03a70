"""The contact table: each subject's notice address, sealed under the subject key."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from privacykit.adapters.aws import apply_staged, get_item, iso_utc, parse_iso, query_page, to_item, translate_errors
from privacykit.crypto import SubjectKeyring
from privacykit.domain.breach.ports import ContactChannel, NoticeContact
from privacykit.domain.common.pages import Page
from privacykit.domain.common.subject_data import SubjectItem
from privacykit.errors import DecryptionFailed, KeyShredded
from privacykit.ports import StagedWrite

__all__ = ["ContactTable"]


class ContactTable:
    """One e-mail address per subject, sealed under the subject key (erasure shreds it)."""

    _RECORD = "contact#email"
    #: As the subject data store: the subject's contact address, exported and erased.
    kind = "contact_addresses"

    def __init__(self, ddb: Any, table: str, keyring: SubjectKeyring) -> None:
        self._ddb = ddb
        self._table = table
        self._keyring = keyring

    def _key(self, tenant: str, subject: str) -> dict[str, str]:
        return {"pk": f"{tenant}#{self._keyring.pseudonym(tenant, subject)}", "sk": "email"}

    def put_email(self, tenant: str, subject: str, email: str, residence: str | None = None) -> None:
        apply_staged(self._ddb, "contacts.put", self.stage_put_email(tenant, subject, email, residence))

    def stage_put_email(self, tenant: str, subject: str, email: str, residence: str | None = None) -> StagedWrite:
        # The residence is sealed with the address: where a person lives is personal too.
        sealed = self._keyring.encrypt_json(tenant, subject, self._RECORD, {"email": email, "residence": residence})
        item = {**self._key(tenant, subject), "sealed": sealed, "updated_at": iso_utc(datetime.now(UTC))}
        return StagedWrite({"Put": {"TableName": self._table, "Item": to_item(item)}})

    def email(self, tenant: str, subject: str) -> str | None:
        contact = self.contact(tenant, subject)
        return contact.email if contact else None

    def contact(self, tenant: str, subject: str) -> NoticeContact | None:
        item = get_item(self._ddb, "contacts.get", self._table, self._key(tenant, subject), ConsistentRead=True)
        if not item:
            return None
        try:
            opened: Any = self._keyring.decrypt_json(tenant, subject, self._RECORD, item["sealed"])
        except (KeyShredded, DecryptionFailed):
            return None
        return NoticeContact(str(opened["email"]), opened.get("residence"))

    def channels(self, tenant: str, subject: str, *, limit: int, cursor: str | None) -> Page[ContactChannel]:
        pk = self._key(tenant, subject)["pk"]
        items, next_cursor = query_page(
            self._ddb,
            "contacts.list",
            list_name="contacts",
            key_fields=("pk", "sk"),
            bound={"pk": pk},
            limit=limit,
            cursor=cursor,
            TableName=self._table,
            KeyConditionExpression="pk = :pk",
            ExpressionAttributeValues=to_item({":pk": pk}),
            ProjectionExpression="pk, sk, updated_at",  # never the sealed address
            ConsistentRead=True,
        )
        return Page(tuple(ContactChannel(i["sk"], parse_iso(i.get("updated_at"))) for i in items), next_cursor)

    # -- the subject data store --------------------------------------------------------------------
    def count(self, tenant: str, subject: str) -> int:
        found = get_item(self._ddb, "contacts.get", self._table, self._key(tenant, subject), ConsistentRead=True)
        return 1 if found else 0

    def export(self, tenant: str, subject: str) -> Iterator[SubjectItem]:
        contact = self.contact(tenant, subject)
        if contact is not None:
            data = {"email": contact.email, **({"residence": contact.residence} if contact.residence else {})}
            yield SubjectItem(self.kind, "email", data, provided_by_subject=True)

    def erase(self, tenant: str, subject: str) -> int:
        with translate_errors("contacts.delete"):
            out = self._ddb.delete_item(
                TableName=self._table, Key=to_item(self._key(tenant, subject)), ReturnValues="ALL_OLD"
            )
        return 1 if out.get("Attributes") else 0
