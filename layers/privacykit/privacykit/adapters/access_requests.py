"""Access requests (DynamoDB): status, deadlines and the stored package per request, the subject id
only sealed (under the tenant's request key), an index on the subject's pseudonym (an open request is
found by it, and erasure deletes the subject's requests through it) and one on the due date (the
privacy officer's work queue).

It is also the subject data store ``access_requests``: a subject's requests are part of what they are
given, and go on erasure (the sealed id with them)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from privacykit.adapters.aws import (
    apply_staged,
    delete_keys,
    get_item,
    iso_utc,
    parse_iso,
    query_all,
    query_due_page,
    stage_versioned_put,
    to_item,
)
from privacykit.crypto import SubjectKeyring
from privacykit.domain.common.pages import Page
from privacykit.domain.common.subject_data import SubjectItem
from privacykit.domain.dsar.deadlines import Jurisdiction
from privacykit.domain.dsar.model import AccessRequest, AccessStatus, StoredPackage
from privacykit.ports import StagedWrite

__all__ = ["AccessRequestTable", "PSEUDONYM_INDEX", "DUE_INDEX"]

PSEUDONYM_INDEX = "by_pseudonym"
DUE_INDEX = "by_due"


def _iso(moment: datetime | None) -> str | None:
    return iso_utc(moment) if moment else None


class AccessRequestTable:
    kind = "access_requests"

    def __init__(self, ddb: Any, table: str, keyring: SubjectKeyring) -> None:
        self._ddb = ddb
        self._table = table
        self._keyring = keyring

    def stage_put(self, request: AccessRequest) -> StagedWrite:
        package = request.package
        item = {
            "tenant": request.tenant,
            "request_id": request.request_id,
            "status": request.status,
            "jurisdiction": request.jurisdiction.value,
            "format": request.format,
            "received_at": iso_utc(request.received_at),
            "due_at": iso_utc(request.due_at),
            "acknowledgement_due_at": _iso(request.acknowledgement_due_at),
            "subject_key": f"{request.tenant}#{request.subject_pseudonym}",
            "sealed_subject": request.sealed_subject,
            "extended_at": _iso(request.extended_at),
            "extension_reason": request.extension_reason,
            "started_at": _iso(request.started_at),
            "completed_at": _iso(request.completed_at),
            "failed_at": _iso(request.failed_at),
            "reason": request.reason,
            "package": json.dumps(
                {
                    "key": package.key,
                    "size": package.size,
                    "manifest_sha256": package.manifest_sha256,
                    "counts": package.counts,
                }
            )
            if package
            else None,
            "checkpoint": json.dumps(request.checkpoint) if request.checkpoint is not None else None,
        }
        # Optimistic versioning: the write lands only over the version it was read at.
        return stage_versioned_put(
            self._table, item, request.version, conflict="the access request changed meanwhile; read it again"
        )

    def put(self, request: AccessRequest) -> AccessRequest:
        """Write ``request`` over the version it was read at (Conflict if another write came first);
        the request as stored, at its next version."""
        apply_staged(self._ddb, "access_requests.put", self.stage_put(request))
        return request.written()

    @staticmethod
    def _request(item: dict[str, Any]) -> AccessRequest:
        received_at, due_at = parse_iso(item["received_at"]), parse_iso(item["due_at"])
        assert received_at is not None and due_at is not None  # always stored
        package = json.loads(item["package"]) if item.get("package") else None
        sealed = item.get("sealed_subject")
        return AccessRequest(
            tenant=item["tenant"],
            request_id=item["request_id"],
            status=item["status"],
            jurisdiction=Jurisdiction(item["jurisdiction"]),
            format=item["format"],
            received_at=received_at,
            due_at=due_at,
            acknowledgement_due_at=parse_iso(item.get("acknowledgement_due_at")),
            subject_pseudonym=item["subject_key"].split("#", 1)[1],
            sealed_subject=bytes(sealed) if sealed is not None else None,
            extended_at=parse_iso(item.get("extended_at")),
            extension_reason=item.get("extension_reason"),
            started_at=parse_iso(item.get("started_at")),
            completed_at=parse_iso(item.get("completed_at")),
            failed_at=parse_iso(item.get("failed_at")),
            reason=item.get("reason"),
            package=StoredPackage(**package) if package else None,
            checkpoint=json.loads(item["checkpoint"]) if item.get("checkpoint") else None,
            version=int(item.get("version", 0)),
        )

    def get(self, tenant: str, request_id: str) -> AccessRequest | None:
        item = get_item(
            self._ddb, "access_requests.get", self._table, {"tenant": tenant, "request_id": request_id},
            ConsistentRead=True,
        )  # fmt: skip
        return self._request(item) if item else None

    def _ids_of(self, subject_key: str) -> list[str]:
        return [
            key["request_id"]
            for key in query_all(
                self._ddb,
                "access_requests.by_subject",
                TableName=self._table,
                IndexName=PSEUDONYM_INDEX,
                KeyConditionExpression="subject_key = :s",
                ExpressionAttributeValues=to_item({":s": subject_key}),
            )
        ]

    def open_for(self, tenant: str, subject_pseudonym: str) -> AccessRequest | None:
        for request_id in self._ids_of(f"{tenant}#{subject_pseudonym}"):
            request = self.get(tenant, request_id)  # the index is eventually consistent: read the item
            if request is not None and request.is_open:
                return request
        return None

    def listed(
        self,
        tenant: str,
        *,
        statuses: tuple[AccessStatus, ...] | None = None,
        extended: bool | None = None,
        due_before: datetime | None = None,
        limit: int,
        cursor: str | None,
    ) -> Page[AccessRequest]:
        presence = {True: "attribute_exists(extended_at)", False: "attribute_not_exists(extended_at)", None: None}
        items, next_cursor = query_due_page(
            self._ddb, "access_requests.by_due", self._table, DUE_INDEX, tenant, list_name="access_requests",
            statuses=statuses, due_before=due_before, limit=limit, cursor=cursor, extra_condition=presence[extended],
        )  # fmt: skip
        return Page(tuple(self._request(item) for item in items), next_cursor)

    # -- the subject data store --------------------------------------------------------------------
    def _subject_key(self, tenant: str, subject: str) -> str:
        return f"{tenant}#{self._keyring.pseudonym(tenant, subject)}"

    def count(self, tenant: str, subject: str) -> int:
        return len(self._ids_of(self._subject_key(tenant, subject)))

    def export(self, tenant: str, subject: str) -> Iterator[SubjectItem]:
        for request_id in self._ids_of(self._subject_key(tenant, subject)):
            request = self.get(tenant, request_id)
            if request is None:
                continue
            data = {
                "request_id": request.request_id,
                "status": request.shown_status,
                "jurisdiction": request.jurisdiction.value,
                "received_at": iso_utc(request.received_at),
                "due_at": iso_utc(request.due_at),
                "completed_at": _iso(request.completed_at),
            }
            yield SubjectItem(self.kind, request.request_id, data)

    def erase(self, tenant: str, subject: str) -> int:
        ids = self._ids_of(self._subject_key(tenant, subject))
        keys = [{"tenant": tenant, "request_id": i} for i in ids]
        return delete_keys(self._ddb, "access_requests.erase", self._table, keys)
