"""The alert table (DynamoDB): monitoring alerts per tenant, and their dedup claims.

One partition per tenant. ``alr_<time>_<hex>`` items are alerts (the id sorts by the time it was
raised, so a page newest first is a reverse range query); ``dedup#<rule>#<hash>`` items are dedup
claims, each naming the alert that holds it and expiring (TTL) when the rule's window ends. Alerts hold
ids, rule names, levels and pseudonyms, never personal values (``SubjectData: none``).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from privacykit.adapters.aws import (
    conditional_write,
    from_item,
    get_item,
    iso_utc,
    parse_iso,
    to_item,
    translate_errors,
)
from privacykit.domain.monitoring.model import ALERT_ID_PATTERN, Alert, AlertStatus
from privacykit.domain.monitoring.ports import AlertPage
from privacykit.errors import ValidationFailed
from privacykit.ports import StagedWrite

__all__ = ["AlertTable"]

_DEDUP = "dedup#"
_FIRST, _LAST = "alr_", "alr_~"


def _id_at(moment: datetime) -> str:
    return f"alr_{moment.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}"


class AlertTable:
    def __init__(self, ddb: Any, table: str) -> None:
        self._ddb = ddb
        self._table = table

    def stage_raise(self, alert: Alert, dedup_until: datetime, now: datetime) -> list[StagedWrite]:
        claim = {
            "tenant": alert.tenant,
            "alert_id": _DEDUP + alert.dedup_key,
            "holder": alert.alert_id,
            "expires_at": int(dedup_until.timestamp()),
        }
        return [
            StagedWrite(
                {
                    "Put": {
                        "TableName": self._table,
                        "Item": to_item(claim),
                        # DynamoDB's TTL deletes expired items late (days): an expired claim is free.
                        "ConditionExpression": "attribute_not_exists(alert_id) OR expires_at < :now",
                        "ExpressionAttributeValues": to_item({":now": int(now.timestamp())}),
                    }
                },
                "an alert of the same key is in force",
            ),
            StagedWrite(
                {
                    "Put": {
                        "TableName": self._table,
                        "Item": to_item(self._item(alert)),
                        "ConditionExpression": "attribute_not_exists(alert_id)",
                    }
                },
                "the alert exists already",
            ),
        ]

    @staticmethod
    def _item(alert: Alert) -> dict[str, Any]:
        return {
            "tenant": alert.tenant,
            "alert_id": alert.alert_id,
            "rule_id": alert.rule_id,
            "title": alert.title,
            "severity": alert.severity,
            "raised_at": iso_utc(alert.raised_at),
            "dedup_key": alert.dedup_key,
            "actor": alert.actor,
            "details": json.dumps(alert.details, sort_keys=True),
            "event_ids": list(alert.event_ids),
            "status": alert.status,
            "notified": alert.notified,
            "acknowledged_at": iso_utc(alert.acknowledged_at) if alert.acknowledged_at else None,
            "acknowledged_by": alert.acknowledged_by,
        }

    @staticmethod
    def _alert(item: dict[str, Any]) -> Alert:
        raised_at = parse_iso(item["raised_at"])
        assert raised_at is not None  # always stored
        return Alert(
            tenant=item["tenant"],
            alert_id=item["alert_id"],
            rule_id=item["rule_id"],
            title=item["title"],
            severity=item["severity"],
            raised_at=raised_at,
            dedup_key=item["dedup_key"],
            actor=item.get("actor"),
            details=json.loads(item["details"]),
            event_ids=tuple(item.get("event_ids") or ()),
            status=item["status"],
            notified=bool(item.get("notified")),
            acknowledged_at=parse_iso(item.get("acknowledged_at")),
            acknowledged_by=item.get("acknowledged_by"),
        )

    def claimed_by(self, tenant: str, dedup_key: str) -> str | None:
        item = get_item(
            self._ddb, "alerts.claim", self._table, {"tenant": tenant, "alert_id": _DEDUP + dedup_key},
            ConsistentRead=True,
        )  # fmt: skip
        return str(item["holder"]) if item else None

    def get(self, tenant: str, alert_id: str) -> Alert | None:
        if not re.fullmatch(ALERT_ID_PATTERN, alert_id):
            return None
        item = get_item(
            self._ddb, "alerts.get", self._table, {"tenant": tenant, "alert_id": alert_id}, ConsistentRead=True
        )
        return self._alert(item) if item else None

    def stage_acknowledge(self, tenant: str, alert_id: str, by: str, at: datetime) -> StagedWrite:
        return StagedWrite(
            {
                "Update": {
                    "TableName": self._table,
                    "Key": to_item({"tenant": tenant, "alert_id": alert_id}),
                    "UpdateExpression": "SET #s = :ack, acknowledged_at = :at, acknowledged_by = :by",
                    "ConditionExpression": "#s = :open",
                    "ExpressionAttributeNames": {"#s": "status"},
                    "ExpressionAttributeValues": to_item(
                        {":ack": "acknowledged", ":open": "open", ":at": iso_utc(at), ":by": by}
                    ),
                }
            },
            "the alert is acknowledged already",
        )

    def mark_notified(self, tenant: str, alert_id: str) -> None:
        conditional_write(
            self._ddb.update_item,
            "alerts.notified",
            TableName=self._table,
            Key=to_item({"tenant": tenant, "alert_id": alert_id}),
            UpdateExpression="SET notified = :t",
            ConditionExpression="attribute_exists(alert_id)",
            ExpressionAttributeValues=to_item({":t": True}),
        )

    def page(
        self,
        tenant: str,
        *,
        since: datetime | None,
        until: datetime | None,
        rule_id: str | None,
        status: AlertStatus | None,
        severity: str | None,
        limit: int,
        cursor: str | None,
    ) -> AlertPage:
        if cursor is not None and not re.fullmatch(ALERT_ID_PATTERN, cursor):
            raise ValidationFailed("the cursor is not one this list gave")
        # Ids name the second an alert was raised: the key range takes whole seconds, and the times
        # themselves are compared below (``since`` inclusive, ``until`` exclusive).
        low = _id_at(since) if since else _FIRST
        high = _id_at(until) + "_~" if until else _LAST
        if cursor is not None and cursor < high:
            high = cursor  # BETWEEN is inclusive: the cursor's own alert is dropped below
        names: dict[str, str] = {}
        values: dict[str, Any] = {":t": tenant, ":lo": low, ":hi": high}
        filters: list[str] = []
        for name, value in (("rule_id", rule_id), ("status", status), ("severity", severity)):
            if value is not None:
                names[f"#{name}"] = name
                values[f":{name}"] = value
                filters.append(f"#{name} = :{name}")
        kwargs: dict[str, Any] = {
            "TableName": self._table,
            "KeyConditionExpression": "tenant = :t AND alert_id BETWEEN :lo AND :hi",
            "ExpressionAttributeValues": to_item(values),
            "ScanIndexForward": False,
            "ConsistentRead": True,
        }
        if filters:
            kwargs["FilterExpression"] = " AND ".join(filters)
            kwargs["ExpressionAttributeNames"] = names
        found: list[Alert] = []
        more = False
        while True:
            # Ask for one more than needed: whether anything follows is then known without another page.
            kwargs["Limit"] = max(limit + 1 - len(found), 1) if not filters else 100
            with translate_errors("alerts.page"):
                response = self._ddb.query(**kwargs)
            for raw in response.get("Items", []):
                alert = self._alert(from_item(raw))
                if alert.alert_id == cursor or (until is not None and alert.raised_at >= until):
                    continue
                if since is not None and alert.raised_at < since:
                    continue
                if len(found) == limit:
                    more = True
                    break
                found.append(alert)
            if more or "LastEvaluatedKey" not in response:
                break
            kwargs["ExclusiveStartKey"] = response["LastEvaluatedKey"]
        return AlertPage(found, found[-1].alert_id if more and found else None)
