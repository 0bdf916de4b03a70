"""Full verification as an asynchronous job: requested through the API, run by a worker fed by a queue,
its status and result kept for the auditor to read at the job's status URL.

The API answers from the newest signed digest within seconds; walking the whole trail from the first
event takes time proportional to its size, so it runs where a request's timeout does not apply.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Literal, Protocol

from privacykit.domain.audit.service import AuditVerifier
from privacykit.errors import NotFound, PrivacyError
from privacykit.ports import AuditRecord, AuditSink, Clock, StagedWrite, utc_now

__all__ = ["VerificationJob", "JobStore", "JobQueue", "VerificationJobs"]

JobStatus = Literal["queued", "running", "completed", "failed"]


@dataclass(frozen=True)
class VerificationJob:
    tenant: str
    job_id: str
    status: JobStatus
    requested_at: datetime
    started_at: datetime | None = None
    completed_at: datetime | None = None
    result: dict[str, Any] | None = None
    reason: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "job_id": self.job_id,
            "status": self.status,
            "requested_at": self.requested_at.isoformat(),
            "started_at": self.started_at.isoformat() if self.started_at else None,
            "completed_at": self.completed_at.isoformat() if self.completed_at else None,
            "result": self.result,
            "reason": self.reason,
        }


class JobStore(Protocol):
    def stage_put(self, job: VerificationJob) -> StagedWrite:
        """The write that stores ``job`` (a new one, or its new status), for the audit sink."""

    def put(self, job: VerificationJob) -> None: ...

    def get(self, tenant: str, job_id: str) -> VerificationJob | None: ...


class JobQueue(Protocol):
    def send(self, tenant: str, job_id: str) -> None: ...


class VerificationJobs:
    def __init__(
        self, store: JobStore, queue: JobQueue, verifier: AuditVerifier, audit: AuditSink, clock: Clock = utc_now
    ) -> None:
        self._store = store
        self._queue = queue
        self._verifier = verifier
        self._audit = audit
        self._clock = clock

    def request(self, tenant: str, *, actor: str, actor_roles: tuple[str, ...] = ()) -> VerificationJob:
        job = VerificationJob(tenant, f"ver_{uuid.uuid4().hex}", "queued", self._clock())
        self._audit.record(
            tenant,
            AuditRecord(
                "audit.verification_requested",
                "success",
                actor=actor,
                actor_roles=actor_roles,
                details={"job_id": job.job_id},
            ),
            changes=[self._store.stage_put(job)],
        )
        try:
            self._queue.send(tenant, job.job_id)
        except PrivacyError:
            failed = replace(job, status="failed", reason="the job could not be queued; request it again")
            self._store.put(failed)
            raise
        return job

    def get(self, tenant: str, job_id: str) -> VerificationJob:
        job = self._store.get(tenant, job_id)
        if job is None:
            raise NotFound("no such verification job")
        return job

    def run(self, tenant: str, job_id: str) -> VerificationJob:
        """Verify the whole trail and keep the result; a job already completed is not run again."""
        job = self.get(tenant, job_id)
        if job.status in ("completed", "failed"):
            return job
        self._store.put(replace(job, status="running", started_at=self._clock()))
        result = self._verifier.verify_full(tenant)
        done = replace(
            job, status="completed", started_at=job.started_at or self._clock(), completed_at=self._clock(),
            result=result.as_dict(),
        )  # fmt: skip
        self._audit.record(
            tenant,
            AuditRecord(
                "audit.verification_completed",
                "success" if result.valid else "broken",
                actor="schedule",
                details={
                    "job_id": job_id,
                    "valid": result.valid,
                    "events": result.events,
                    "first_break_seq": (result.first_break or {}).get("seq"),
                },
            ),
            changes=[self._store.stage_put(done)],
        )
        return done

    def fail(self, tenant: str, job_id: str, reason: str) -> VerificationJob | None:
        """Mark a job that has not ended failed with ``reason`` (the last delivery of its message failed)."""
        job = self._store.get(tenant, job_id)
        if job is None or job.status in ("completed", "failed"):
            return job
        failed = replace(job, status="failed", completed_at=self._clock(), reason=reason)
        self._audit.record(
            tenant,
            AuditRecord("audit.verification_failed", "failure", actor="schedule", details={"job_id": job_id}),
            changes=[self._store.stage_put(failed)],
        )
        return failed
