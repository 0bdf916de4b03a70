"""Compliance report jobs (a DynamoDB table): status, period and the SHA-256 of the stored documents. The
documents themselves are in the audit bucket (``AuditBucket.put_report``); the queue is ``queues.py``."""

from __future__ import annotations

from typing import Any

from privacykit.adapters.aws import apply_staged, get_item, iso_utc, parse_iso, to_item
from privacykit.domain.audit.reports import ReportJob
from privacykit.ports import StagedWrite

__all__ = ["AuditReportTable"]


class AuditReportTable:
    def __init__(self, ddb: Any, table: str) -> None:
        self._ddb = ddb
        self._table = table

    def stage_put(self, job: ReportJob) -> StagedWrite:
        item = {
            "tenant": job.tenant,
            "report_id": job.report_id,
            "framework": job.framework,
            "start": iso_utc(job.start),
            "end": iso_utc(job.end),
            "status": job.status,
            "requested_at": iso_utc(job.requested_at),
            "subject": job.subject,
            "started_at": iso_utc(job.started_at) if job.started_at else None,
            "completed_at": iso_utc(job.completed_at) if job.completed_at else None,
            "events": job.events,
            "json_sha256": job.json_sha256,
            "html_sha256": job.html_sha256,
            "reason": job.reason,
        }
        return StagedWrite({"Put": {"TableName": self._table, "Item": to_item(item)}})

    def put(self, job: ReportJob) -> None:
        apply_staged(self._ddb, "audit_reports.put", self.stage_put(job))

    def get(self, tenant: str, report_id: str) -> ReportJob | None:
        item = get_item(self._ddb, "audit_reports.get", self._table, {"tenant": tenant, "report_id": report_id})
        if not item:
            return None
        start, end, requested_at = (parse_iso(item[name]) for name in ("start", "end", "requested_at"))
        assert start is not None and end is not None and requested_at is not None  # always stored
        return ReportJob(
            tenant=tenant,
            report_id=report_id,
            framework=item["framework"],
            start=start,
            end=end,
            status=item["status"],
            requested_at=requested_at,
            subject=item.get("subject"),
            started_at=parse_iso(item.get("started_at")),
            completed_at=parse_iso(item.get("completed_at")),
            events=item.get("events"),
            json_sha256=item.get("json_sha256"),
            html_sha256=item.get("html_sha256"),
            reason=item.get("reason"),
        )
