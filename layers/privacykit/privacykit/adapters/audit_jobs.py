"""Verification jobs (a DynamoDB table); the queue that feeds their worker is ``adapters/queues.py``."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from privacykit.adapters.aws import apply_staged, get_item, iso_utc, parse_iso, to_item
from privacykit.domain.audit.jobs import VerificationJob
from privacykit.ports import StagedWrite

__all__ = ["AuditJobTable"]

#: A job's record is kept this long after it was requested (DynamoDB TTL).
JOB_RETENTION = timedelta(days=30)


class AuditJobTable:
    def __init__(self, ddb: Any, table: str) -> None:
        self._ddb = ddb
        self._table = table

    def stage_put(self, job: VerificationJob) -> StagedWrite:
        item = {
            "tenant": job.tenant,
            "job_id": job.job_id,
            "status": job.status,
            "requested_at": iso_utc(job.requested_at),
            "started_at": iso_utc(job.started_at) if job.started_at else None,
            "completed_at": iso_utc(job.completed_at) if job.completed_at else None,
            "result": json.dumps(job.result) if job.result is not None else None,
            "reason": job.reason,
            "expires_at": int((job.requested_at + JOB_RETENTION).timestamp()),
        }
        return StagedWrite({"Put": {"TableName": self._table, "Item": to_item(item)}})

    def put(self, job: VerificationJob) -> None:
        apply_staged(self._ddb, "audit_jobs.put", self.stage_put(job))

    def get(self, tenant: str, job_id: str) -> VerificationJob | None:
        item = get_item(self._ddb, "audit_jobs.get", self._table, {"tenant": tenant, "job_id": job_id})
        if not item:
            return None
        requested_at = parse_iso(item["requested_at"])
        assert requested_at is not None  # always stored
        return VerificationJob(
            tenant=tenant,
            job_id=job_id,
            status=item["status"],
            requested_at=requested_at,
            started_at=parse_iso(item.get("started_at")),
            completed_at=parse_iso(item.get("completed_at")),
            result=json.loads(item["result"]) if item.get("result") else None,
            reason=item.get("reason"),
        )
