"""Legal holds (DynamoDB): by tenant and hold id, with an index on the subject's pseudonym; the reason
sealed under the tenant's hold key."""

from __future__ import annotations

from typing import Any

from privacykit.adapters.aws import get_item, iso_utc, parse_iso, query_all, to_item
from privacykit.domain.common.holds import LegalHold
from privacykit.ports import StagedWrite

__all__ = ["LegalHoldTable"]

_INDEX = "by_pseudonym"


class LegalHoldTable:
    def __init__(self, ddb: Any, table: str) -> None:
        self._ddb = ddb
        self._table = table

    def stage_put(self, hold: LegalHold) -> StagedWrite:
        item = {
            "tenant": hold.tenant,
            "hold_id": hold.hold_id,
            "subject_key": f"{hold.tenant}#{hold.subject_pseudonym}",
            "scope": list(hold.scope),
            "basis": hold.basis,
            "created_at": iso_utc(hold.created_at),
            "until": iso_utc(hold.until) if hold.until else None,
            "released_at": iso_utc(hold.released_at) if hold.released_at else None,
            "sealed_reason": hold.sealed_reason,
            "ended_at": iso_utc(hold.ended_at) if hold.ended_at else None,
        }
        return StagedWrite({"Put": {"TableName": self._table, "Item": to_item(item)}})

    def _hold(self, item: dict[str, Any]) -> LegalHold:
        created_at = parse_iso(item["created_at"])
        assert created_at is not None  # always stored
        return LegalHold(
            tenant=item["tenant"],
            hold_id=item["hold_id"],
            subject_pseudonym=item["subject_key"].split("#", 1)[1],
            scope=tuple(item["scope"]),
            basis=item["basis"],
            created_at=created_at,
            until=parse_iso(item.get("until")),
            released_at=parse_iso(item.get("released_at")),
            sealed_reason=item.get("sealed_reason"),
            ended_at=parse_iso(item.get("ended_at")),
        )

    def get(self, tenant: str, hold_id: str) -> LegalHold | None:
        item = get_item(
            self._ddb, "legal_holds.get", self._table, {"tenant": tenant, "hold_id": hold_id}, ConsistentRead=True
        )
        return self._hold(item) if item else None

    def for_subject(self, tenant: str, subject_pseudonym: str) -> list[LegalHold]:
        holds = []
        for key in query_all(
            self._ddb,
            "legal_holds.by_subject",
            TableName=self._table,
            IndexName=_INDEX,
            KeyConditionExpression="subject_key = :s",
            ExpressionAttributeValues=to_item({":s": f"{tenant}#{subject_pseudonym}"}),
        ):
            hold = self.get(tenant, key["hold_id"])
            if hold is not None:
                holds.append(hold)
        return holds

    def listed(self, tenant: str) -> list[LegalHold]:
        """Every hold of the tenant (its partition): the sweep of expired holds reads them."""
        return [
            self._hold(item)
            for item in query_all(
                self._ddb,
                "legal_holds.of_tenant",
                TableName=self._table,
                KeyConditionExpression="tenant = :t",
                ExpressionAttributeValues=to_item({":t": tenant}),
                ConsistentRead=True,
            )
        ]
