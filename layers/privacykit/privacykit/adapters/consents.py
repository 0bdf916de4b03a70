"""The consent table: append-only consent events, their details sealed under the subject key."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from privacykit.adapters.aws import apply_staged, iso_utc, parse_iso, query_all, to_item
from privacykit.crypto import SubjectKeyring
from privacykit.domain.common.subject_data import SubjectItem
from privacykit.domain.consent.model import ConsentEvent
from privacykit.errors import DecryptionFailed, KeyShredded
from privacykit.ports import StagedWrite

__all__ = ["ConsentTable"]


class ConsentTable:
    """Append-only consent events. The partition is the subject's keyed pseudonym (no subject id
    stored in clear); the details of each event are sealed under the subject key, so that erasure
    shreds them.

    As the subject data store ``consent_events``: the events are exported, and erasure keeps them (the
    proof that processing had a basis, Art. 7(1)), pseudonymised and with their details shredded."""

    kind = "consent_events"

    def __init__(self, ddb: Any, table: str, keyring: SubjectKeyring) -> None:
        self._ddb = ddb
        self._table = table
        self._keyring = keyring

    def _pk(self, tenant: str, subject: str) -> str:
        return f"{tenant}#{self._keyring.pseudonym(tenant, subject)}"

    def append(self, tenant: str, subject: str, event: ConsentEvent) -> None:
        apply_staged(self._ddb, "consent.append", self.stage_append(tenant, subject, event))

    def stage_append(self, tenant: str, subject: str, event: ConsentEvent) -> StagedWrite:
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
        at = iso_utc(event.at)
        item = to_item(
            {
                "pk": self._pk(tenant, subject),
                "sk": f"{at}#{event.event_id}",
                "event_id": event.event_id,
                "purpose": event.purpose,
                "action": event.action,
                "at": at,
                "receipt_id": event.receipt_id,
                "sealed": sealed,
                "expires_at": iso_utc(event.expires_at) if event.expires_at else None,
            }
        )
        return StagedWrite(
            {"Put": {"TableName": self._table, "Item": item, "ConditionExpression": "attribute_not_exists(sk)"}},
            conflict="consent.append: the item changed meanwhile",
        )

    # -- the subject data store --------------------------------------------------------------------
    def count(self, tenant: str, subject: str) -> int:
        return len(self._keys(tenant, subject))

    def export(self, tenant: str, subject: str) -> Iterator[SubjectItem]:
        # After an erasure the events stay as proof with their details shredded: a later access request
        # of the same person lists them with what is still in clear.
        for event in self.history(tenant, subject, shredded_details=True):
            data = {
                "purpose": event.purpose,
                "action": event.action,
                "at": iso_utc(event.at),
                "receipt_id": event.receipt_id,
                "lawful_basis": event.lawful_basis,
                "notice_version": event.notice_version,
                "channel": event.channel,
                "jurisdiction": event.jurisdiction,
                "expires_at": iso_utc(event.expires_at) if event.expires_at else None,
            }
            yield SubjectItem(self.kind, event.event_id, data, provided_by_subject=event.actor_kind == "subject")

    def erase(self, tenant: str, subject: str) -> int:
        """Nothing is deleted: the events stay as proof, and shredding the key makes their details unreadable."""
        return 0

    def _keys(self, tenant: str, subject: str) -> list[dict[str, Any]]:
        return list(
            query_all(
                self._ddb,
                "consent.keys",
                TableName=self._table,
                KeyConditionExpression="pk = :pk",
                ExpressionAttributeValues=to_item({":pk": self._pk(tenant, subject)}),
                ProjectionExpression="pk, sk",
            )
        )

    def history(self, tenant: str, subject: str, *, shredded_details: bool = False) -> list[ConsentEvent]:
        """The subject's events, oldest first. An event whose details were shredded with the subject's key
        (an erasure) comes without them, marked ``erased``; one that does not open raises
        :class:`DecryptionFailed`, or, with ``shredded_details``, comes without its details too."""
        events: list[ConsentEvent] = []
        for item in query_all(
            self._ddb,
            "consent.history",
            TableName=self._table,
            KeyConditionExpression="pk = :pk",
            ExpressionAttributeValues=to_item({":pk": self._pk(tenant, subject)}),
            ConsistentRead=True,
        ):
            event_id = item["event_id"]
            erased = False
            try:
                details: Any = self._keyring.decrypt_json(tenant, subject, event_id, item["sealed"])
            except KeyShredded:
                details, erased = {}, True
            except DecryptionFailed:
                if not shredded_details:
                    raise
                details = {}
            events.append(
                ConsentEvent(
                    event_id=event_id,
                    purpose=item["purpose"],
                    action=item["action"],
                    at=datetime.fromisoformat(item["at"]),
                    receipt_id=item["receipt_id"],
                    actor_kind=details.get("actor_kind", "unknown"),
                    lawful_basis=details.get("lawful_basis"),
                    notice_version=details.get("notice_version"),
                    channel=details.get("channel"),
                    jurisdiction=details.get("jurisdiction"),
                    expires_at=parse_iso(item.get("expires_at")),
                    erased=erased,
                )
            )
        return events
