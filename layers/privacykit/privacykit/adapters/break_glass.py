"""Break-glass uses (DynamoDB): ids, action and purpose readable; reason, actor and subject sealed."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from privacykit.adapters.aws import iso_utc, query_all, to_item
from privacykit.crypto import BREAK_GLASS_KEY_SUBJECT, SubjectKeyring
from privacykit.domain.access.ports import BreakGlassUse
from privacykit.ports import StagedWrite

__all__ = ["BreakGlassTable"]


class BreakGlassTable:
    """Partition ``tenant``, sort ``use_id`` (``<UTC time>#<id>``, so a tenant's uses list in time order).

    The free text (the stated reason) and the two people it concerns (actor and subject) are sealed
    under the tenant's break-glass key (``BREAK_GLASS_KEY_SUBJECT``), bound to the use id: an auditor
    reviewing overrides opens them, and erasing a subject does not remove the account of an override.
    """

    def __init__(self, ddb: Any, table: str, keyring: SubjectKeyring) -> None:
        self._ddb = ddb
        self._table = table
        self._keyring = keyring

    def stage(self, use: BreakGlassUse) -> StagedWrite:
        sealed = self._keyring.encrypt_json(
            use.tenant,
            BREAK_GLASS_KEY_SUBJECT,
            use.use_id,
            {"reason": use.reason, "actor": use.actor, "subject_id": use.subject_id},
        )
        item = to_item(
            {
                "tenant": use.tenant,
                "use_id": use.use_id,
                "at": iso_utc(use.at),
                "action": use.action,
                "purpose": use.purpose,
                "record_id": use.record_id,
                "policies": list(use.policies) or None,
                "sealed": sealed,
            }
        )
        return StagedWrite(
            {"Put": {"TableName": self._table, "Item": item, "ConditionExpression": "attribute_not_exists(use_id)"}},
            conflict="break_glass.record: this use is already recorded",
        )

    def list(self, tenant: str, *, since: datetime | None = None, limit: int = 100) -> list[BreakGlassUse]:
        condition = "tenant = :t"
        values: dict[str, Any] = {":t": tenant}
        if since is not None:
            condition += " AND use_id >= :since"
            values[":since"] = iso_utc(since)
        uses: list[BreakGlassUse] = []
        for item in query_all(
            self._ddb,
            "break_glass.list",
            TableName=self._table,
            KeyConditionExpression=condition,
            ExpressionAttributeValues=to_item(values),
        ):
            opened: Any = self._keyring.decrypt_json(tenant, BREAK_GLASS_KEY_SUBJECT, item["use_id"], item["sealed"])
            uses.append(
                BreakGlassUse(
                    tenant=tenant,
                    use_id=item["use_id"],
                    at=datetime.fromisoformat(item["at"]),
                    actor=opened["actor"],
                    action=item["action"],
                    purpose=item.get("purpose"),
                    record_id=item.get("record_id"),
                    subject_id=opened.get("subject_id"),
                    policies=tuple(item.get("policies") or ()),
                    reason=opened["reason"],
                )
            )
            if len(uses) >= limit:
                break
        return uses
