"""What the retention sweep needs from outside the domain."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Protocol

from privacykit.domain.common.retention import RetentionDecision
from privacykit.domain.retention.model import ExpiredRecord, RetentionFacts, SweepRun, SweepTask
from privacykit.ports import StagedWrite

__all__ = ["ExpiringRecords", "UploadVersions", "SweepRuns", "SweepQueue", "ParkedItems", "Tenants"]


class ExpiringRecords(Protocol):
    """The record table through its expiry index (sparse, sharded: ``tenant#<shard>`` by ``expires_at``)."""

    shards: int

    def expired(
        self, tenant: str, shard: int, as_of: datetime, cursor: str | None, limit: int
    ) -> tuple[list[ExpiredRecord], str | None]:
        """One page of the shard's records that expired by ``as_of`` (and only those), and where the next
        page starts (None after the last)."""

    def is_current(self, record: ExpiredRecord) -> bool:
        """Whether the record is still there with the expiry read (a consistent read)."""

    def stage_delete(self, record: ExpiredRecord) -> StagedWrite:
        """Delete the record, on condition that its expiry is still the one read (nothing recomputed it,
        nobody deleted it meanwhile)."""

    def stage_anonymise(self, record: ExpiredRecord) -> StagedWrite:
        """Drop every identifying attribute and the sealed text; keep level, finding types and counts,
        and the month of its dates; take it out of the expiry index. Same condition as a delete."""

    def drop_backstop(self, record: ExpiredRecord) -> None:
        """Remove the DynamoDB TTL backstop from a record kept under a legal hold."""

    def facts(self, tenant: str, cursor: str | None, limit: int) -> tuple[list[RetentionFacts], str | None]:
        """One page of every record of the tenant (what recomputing its expiry needs)."""

    def set_expiry(self, facts: RetentionFacts, decision: RetentionDecision | None) -> bool:
        """Set the record's expiry (or remove it), on condition that it is still the one read; False if not."""


class UploadVersions(Protocol):
    def erase_object(self, tenant: str, subject: str, key: str) -> int:
        """Delete every version of the uploaded object ``key`` (under the subject's prefix); how many."""


class SweepRuns(Protocol):
    def stage_start(
        self, run: SweepRun, tasks: Sequence[str], *, lock: bool, lease_until: datetime
    ) -> list[StagedWrite]:
        """The run, its tasks, and (``lock``) the tenant's running-sweep lock, taken only when no other run
        holds it or its lease ran out (the transaction fails with Conflict otherwise)."""

    def current(self, tenant: str, now: datetime) -> str | None:
        """The run holding the tenant's lock with a live lease, if any."""

    def get(self, tenant: str, run_id: str) -> SweepRun | None: ...

    def tasks(self, tenant: str, run_id: str) -> list[SweepTask]: ...

    def task(self, tenant: str, run_id: str, task: str) -> SweepTask | None: ...

    def claim(self, tenant: str, run_id: str, task: str, owner: str, now: datetime, until: datetime) -> bool:
        """Lease the task to ``owner`` if it is not done and nobody else holds a live lease."""

    def stage_count(self, tenant: str, run_id: str, task: str, owner: str, counts: Mapping[str, int]) -> StagedWrite:
        """Add to the task's counters, on condition ``owner`` still holds it (made with an action)."""

    def save(
        self,
        tenant: str,
        run_id: str,
        task: str,
        owner: str,
        cursor: str | None,
        counts: Mapping[str, int],
        until: datetime,
    ) -> bool:
        """Record progress (cursor, counters) and extend the lease, if ``owner`` still holds it."""

    def release(self, tenant: str, run_id: str, task: str, owner: str) -> None:
        """Give the lease up (a continuation message picks the task up again)."""

    def finish_task(self, tenant: str, run_id: str, task: str, owner: str) -> bool:
        """Mark the task done and count it on the run, once; False when it was done already."""

    def abandon_task(self, tenant: str, run_id: str, task: str) -> bool:
        """Mark the task done as failed (whoever held it) and count it on the run, once; False when it
        was done already."""

    def stage_complete(self, run: SweepRun, counts: Mapping[str, int], at: datetime) -> list[StagedWrite]:
        """The run ended (``run.status``, completed or failed) with its summary, and the lock released
        (if this run holds it)."""

    def applied_policy(self, tenant: str) -> str | None:
        """The fingerprint of the policy the tenant's records' expiries were last computed with."""

    def set_applied_policy(self, tenant: str, fingerprint: str) -> None: ...

    def recent(self, tenant: str, limit: int) -> list[SweepRun]: ...


class SweepQueue(Protocol):
    def send(self, tenant: str, job_id: str) -> None: ...


class ParkedItems(Protocol):
    def park(self, tenant: str, run_id: str, record_id: str, reason: str) -> None:
        """Put an item that failed every attempt in the dead-letter queue, with its reason."""


class Tenants(Protocol):
    def tenants(self) -> list[str]:
        """Every tenant with a trail (the schedule sweeps each of them)."""
