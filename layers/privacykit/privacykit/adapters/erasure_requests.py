"""Erasure requests (DynamoDB): status, commitment and certificate per request; the subject id only
sealed (under the tenant's request key) while the request is open, and an index on the subject's
pseudonym to find an open request.

Beside the requests, one claim item per subject (``request_id`` = ``claim#<pseudonym>``) names the
subject's latest request: a new request lands only with the claim, in one transaction, so two concurrent
requests of one subject cannot both be taken. It also holds the ids of the holds placed on the subject and,
while a worker is past its check of the holds, which request is shredding: a hold lands only while none is,
so no hold is placed unseen between the worker's check and the shred. The claim has no status and no due
date, so no listing and no index reads it."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from privacykit.adapters.aws import (
    apply_staged,
    get_item,
    iso_utc,
    parse_iso,
    query_all,
    query_due_page,
    stage_versioned_put,
    to_item,
    translate_errors,
)
from privacykit.domain.common.pages import Page
from privacykit.domain.erasure.model import ErasureRequest
from privacykit.ports import StagedWrite

__all__ = ["ErasureRequestTable", "PSEUDONYM_INDEX", "DUE_INDEX"]

PSEUDONYM_INDEX = "by_pseudonym"
#: Partition ``tenant``, sort ``due_at``: the officers' work queue, without a scan.
DUE_INDEX = "by_due"
#: The sort key prefix of the subjects' claim items (request ids start with ``era_``).
_CLAIM = "claim#"


class ErasureRequestTable:
    def __init__(self, ddb: Any, table: str) -> None:
        self._ddb = ddb
        self._table = table

    def stage_put(self, request: ErasureRequest) -> StagedWrite:
        item = {
            "tenant": request.tenant,
            "request_id": request.request_id,
            "kind": "erasure",
            "status": request.status,
            "received_at": iso_utc(request.received_at),
            "due_at": iso_utc(request.due_at) if request.due_at else None,
            "commitment": request.commitment,
            "subject_key": f"{request.tenant}#{request.subject_pseudonym}",
            "sealed_subject": request.sealed_subject,
            "key_id": request.key_id,
            "shredded_at": iso_utc(request.shredded_at) if request.shredded_at else None,
            "completed_at": iso_utc(request.completed_at) if request.completed_at else None,
            "certificate": json.dumps(request.certificate) if request.certificate is not None else None,
            "reason": request.reason,
            "kept": json.dumps(list(request.kept)) if request.kept else None,
            "erased": json.dumps(dict(request.erased)) if request.erased else None,
        }
        # Optimistic versioning: the write lands only over the version it was read at.
        return stage_versioned_put(
            self._table, item, request.version, conflict="the erasure request changed meanwhile; read it again"
        )

    def put(self, request: ErasureRequest) -> ErasureRequest:
        apply_staged(self._ddb, "erasure_requests.put", self.stage_put(request))
        return request.written()

    @staticmethod
    def _claim_key(tenant: str, subject_pseudonym: str) -> dict[str, str]:
        return {"tenant": tenant, "request_id": f"{_CLAIM}{subject_pseudonym}"}

    def claimed_by(self, tenant: str, subject_pseudonym: str) -> str | None:
        item = get_item(
            self._ddb, "erasure_requests.claim", self._table, self._claim_key(tenant, subject_pseudonym),
            ConsistentRead=True,
        )  # fmt: skip
        return item.get("claimed_by") if item else None

    def stage_claim(self, request: ErasureRequest, *, replacing: str | None) -> StagedWrite:
        key = self._claim_key(request.tenant, request.subject_pseudonym)
        values = {":new": request.request_id}
        if replacing is None:
            condition = "attribute_not_exists(claimed_by)"
        else:
            condition, values[":old"] = "claimed_by = :old", replacing
        # An update, not a put: the claim keeps the holds noted on it.
        update = {
            "TableName": self._table,
            "Key": to_item(key),
            "UpdateExpression": "SET claimed_by = :new",
            "ConditionExpression": condition,
            "ExpressionAttributeValues": to_item(values),
        }
        return StagedWrite({"Update": update}, conflict="an erasure request of this subject is already open")

    def stage_hold_noted(self, tenant: str, subject_pseudonym: str, hold_id: str) -> StagedWrite:
        update = {
            "TableName": self._table,
            "Key": to_item(self._claim_key(tenant, subject_pseudonym)),
            "UpdateExpression": "ADD hold_ids :h",
            "ConditionExpression": "attribute_not_exists(shredding)",
            "ExpressionAttributeValues": {":h": {"SS": [hold_id]}},
        }
        return StagedWrite(
            {"Update": update},
            conflict="the subject's erasure is under way: its data can no longer be held; ask again once it completes",
        )

    def mark_shredding(self, request: ErasureRequest) -> frozenset[str]:
        key = self._claim_key(request.tenant, request.subject_pseudonym)
        with translate_errors("erasure_requests.mark_shredding"):
            found = self._ddb.update_item(
                TableName=self._table,
                Key=to_item(key),
                UpdateExpression="SET shredding = :r",
                ExpressionAttributeValues=to_item({":r": request.request_id}),
                ReturnValues="ALL_NEW",
            )
        return frozenset(found.get("Attributes", {}).get("hold_ids", {}).get("SS", ()))

    def stage_shredding_done(self, request: ErasureRequest) -> StagedWrite:
        update = {
            "TableName": self._table,
            "Key": to_item(self._claim_key(request.tenant, request.subject_pseudonym)),
            "UpdateExpression": "REMOVE shredding",
        }
        return StagedWrite({"Update": update})

    def _request(self, item: dict[str, Any]) -> ErasureRequest:
        received_at = parse_iso(item["received_at"])
        assert received_at is not None  # always stored
        return ErasureRequest(
            tenant=item["tenant"],
            request_id=item["request_id"],
            status=item["status"],
            received_at=received_at,
            commitment=item["commitment"],
            subject_pseudonym=item["subject_key"].split("#", 1)[1],
            sealed_subject=item.get("sealed_subject"),
            key_id=item.get("key_id"),
            shredded_at=parse_iso(item.get("shredded_at")),
            completed_at=parse_iso(item.get("completed_at")),
            certificate=json.loads(item["certificate"]) if item.get("certificate") else None,
            reason=item.get("reason"),
            due_at=parse_iso(item.get("due_at")),
            kept=tuple(json.loads(item["kept"])) if item.get("kept") else (),
            erased=json.loads(item["erased"]) if item.get("erased") else {},
            version=int(item.get("version", 0)),
        )

    def get(self, tenant: str, request_id: str) -> ErasureRequest | None:
        item = get_item(
            self._ddb, "erasure_requests.get", self._table, {"tenant": tenant, "request_id": request_id},
            ConsistentRead=True,
        )  # fmt: skip
        return self._request(item) if item and not request_id.startswith(_CLAIM) else None

    def open_for(self, tenant: str, subject_pseudonym: str) -> ErasureRequest | None:
        for key in query_all(
            self._ddb,
            "erasure_requests.by_subject",
            TableName=self._table,
            IndexName=PSEUDONYM_INDEX,
            KeyConditionExpression="subject_key = :s",
            ExpressionAttributeValues=to_item({":s": f"{tenant}#{subject_pseudonym}"}),
        ):
            request = self.get(tenant, key["request_id"])
            if request is not None and request.is_open:
                return request
        return None

    def listed(
        self,
        tenant: str,
        *,
        status: str | None = None,
        due_before: datetime | None = None,
        limit: int,
        cursor: str | None,
    ) -> Page[ErasureRequest]:
        items, next_cursor = query_due_page(
            self._ddb, "erasure_requests.by_due", self._table, DUE_INDEX, tenant, list_name="erasure_requests",
            statuses=(status,) if status else None, due_before=due_before, limit=limit, cursor=cursor,
        )  # fmt: skip
        return Page(tuple(self._request(item) for item in items), next_cursor)
