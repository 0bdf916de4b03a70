"""The retention sweep (issue 12): reads only what expired, through the sharded expiry index, and deletes
or anonymises it as the record's policy says, unless a legal hold keeps it.

A run is a set of tasks, one per shard of the expiry index (swept concurrently: shards hold disjoint
records) and, when the tenant's policy changed since the expiries were computed, a recomputation first.
Each task is a queue job; a task pages through its shard and, when the Lambda is near its time limit,
saves its cursor and sends itself again. A task is leased to one worker at a time and every action is
conditional (the record's expiry still the one read, the lease still held) and lands in one transaction
with its audit event and its count, so a redelivered message, a crash at any point or two workers at
once never act twice, and a rerun ends in the same state.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from privacykit.domain.common.holds import HoldStore
from privacykit.domain.common.retention import RetentionPolicies, RetentionPolicy, RetentionRule
from privacykit.domain.retention.model import (
    RECOMPUTE,
    ExpiredRecord,
    Status,
    SweepRun,
    parse_task_id,
    task_id,
)
from privacykit.domain.retention.ports import ExpiringRecords, ParkedItems, SweepQueue, SweepRuns, UploadVersions
from privacykit.errors import Conflict, NotFound, PrivacyError
from privacykit.ports import AuditRecord, AuditSink, Clock, utc_now

__all__ = ["RetentionSweeper", "TaskReport", "PolicyView", "SWEEP_ACTOR"]

SWEEP_ACTOR = "retention-sweep"
_RECORDS_KIND = "classified_records"
_UPLOADS_KIND = "uploaded_objects"


@dataclass(frozen=True)
class PolicyView:
    """The policy in force for a tenant, where it came from, and whether records follow it yet."""

    policy: RetentionPolicy
    source: str
    applied: bool
    #: Why the override was refused (naming the line) when it was; the previous policy is in force.
    rejected: str | None = None

    @property
    def rules(self) -> tuple[RetentionRule, ...]:
        return self.policy.rules


@dataclass
class TaskReport:
    """What one invocation did with one task."""

    outcome: str
    counts: Counter[str] = field(default_factory=Counter)
    completed: SweepRun | None = None


def _no_pause(attempt: int) -> None:
    return None


class RetentionSweeper:
    def __init__(
        self,
        records: ExpiringRecords,
        uploads: UploadVersions,
        runs: SweepRuns,
        queue: SweepQueue,
        parked: ParkedItems,
        holds: HoldStore,
        audit: AuditSink,
        policies: RetentionPolicies,
        *,
        clock: Clock = utc_now,
        page_size: int = 100,
        attempts: int = 3,
        task_lease: timedelta = timedelta(minutes=15),
        run_lease: timedelta = timedelta(hours=23),
        margin_seconds: float = 30.0,
        pause: Callable[[int], None] = _no_pause,
        source: str = "repository defaults",
        rejected: str | None = None,
    ) -> None:
        self._records = records
        self._uploads = uploads
        self._runs = runs
        self._queue = queue
        self._parked = parked
        self._holds = holds
        self._audit = audit
        self._policies = policies
        self._clock = clock
        self._page_size = page_size
        self._attempts = attempts
        self._task_lease = task_lease
        self._run_lease = run_lease
        self._margin = margin_seconds
        self._pause = pause
        self._source = source
        self._rejected = rejected

    # -- policies ----------------------------------------------------------------------------------
    @property
    def rejected(self) -> str | None:
        """Why the policy override was refused (naming its line), when it was."""
        return self._rejected

    def policy(self, tenant: str) -> PolicyView:
        policy = self._policies.for_tenant(tenant)
        applied = self._runs.applied_policy(tenant) == policy.fingerprint
        return PolicyView(policy, self._source, applied, self._rejected)

    # -- runs ----------------------------------------------------------------------------------------
    def start(
        self,
        tenant: str,
        *,
        dry_run: bool,
        actor: str = SWEEP_ACTOR,
        actor_roles: tuple[str, ...] = (),
        trigger: str = "api",
    ) -> tuple[SweepRun, bool]:
        """A new run (True), or the tenant's run still going (False; its unfinished tasks are queued
        again, so an interrupted run resumes). A dry run reports what would go and touches nothing."""
        now = self._clock()
        if not dry_run:
            going = self._going(tenant, now)
            if going is not None and self._resume(going):
                return going, False
        policy = self._policies.for_tenant(tenant)
        recompute = not dry_run and self._runs.applied_policy(tenant) != policy.fingerprint
        shards = [f"{n:02d}" for n in range(self._records.shards)]
        tasks = ([RECOMPUTE] if recompute else []) + shards
        run = SweepRun(
            tenant=tenant, run_id=f"swp_{now.strftime('%Y%m%d%H%M%S')}_{uuid.uuid4().hex[:12]}", dry_run=dry_run,
            status="running", started_at=now, as_of=now, policy=policy.fingerprint, shards=len(shards),
            tasks_total=len(tasks), trigger=trigger,
        )  # fmt: skip
        writes = self._runs.stage_start(run, tasks, lock=not dry_run, lease_until=now + self._run_lease)
        event = AuditRecord(
            "retention.sweep_started", "success", actor=actor, actor_roles=actor_roles,
            details={"run_id": run.run_id, "dry_run": dry_run, "policy": policy.fingerprint,
                     "as_of": now.isoformat(), "recompute": recompute, "trigger": trigger},
        )  # fmt: skip
        try:
            self._audit.record(tenant, event, changes=writes)
        except Conflict:
            going = self._going(tenant, now)  # another start took the lock at the same moment
            if going is None:
                raise
            return going, False
        for task in [RECOMPUTE] if recompute else shards:
            self._queue.send(tenant, task_id(run.run_id, task))
        return run, True

    def _going(self, tenant: str, now: datetime) -> SweepRun | None:
        run_id = self._runs.current(tenant, now)
        run = self._runs.get(tenant, run_id) if run_id else None
        return run if run is not None and run.status == "running" else None

    def _resume(self, run: SweepRun) -> bool:
        """Queue the run's unfinished tasks again; a run whose tasks are all done (it crashed before its
        summary) is completed instead, and False says it is not going any more."""
        now = self._clock()
        tasks = {t.task: t for t in self._runs.tasks(run.tenant, run.run_id)}
        if tasks and all(t.done for t in tasks.values()):
            self._complete_if_last(run.tenant, run.run_id)
            return False
        idle = [t for t in tasks.values() if not t.done and (t.lease_until is None or t.lease_until < now)]
        recompute = tasks.get(RECOMPUTE)
        if recompute is not None and not recompute.done:
            idle = [t for t in idle if t.task == RECOMPUTE]
        for task in idle:
            self._queue.send(run.tenant, task_id(run.run_id, task.task))
        return True

    def get(self, tenant: str, run_id: str) -> SweepRun:
        run = self._runs.get(tenant, run_id)
        if run is None:
            raise NotFound("no such retention sweep")
        if run.status == "running":
            run = replace(run, counts=self._total(tenant, run_id))
        return run

    def _total(self, tenant: str, run_id: str) -> dict[str, int]:
        total: Counter[str] = Counter()
        for task in self._runs.tasks(tenant, run_id):
            total.update({k: int(v) for k, v in task.counts.items()})
        return dict(total)

    # -- tasks (the queue worker) --------------------------------------------------------------------
    def run_task(self, tenant: str, job_id: str, *, time_left: Callable[[], float] = lambda: 900.0) -> TaskReport:
        """Work on one task until it is done or ``time_left()`` (seconds) nears the margin, then send it
        again. A task someone else holds, or one already done, is left alone."""
        try:
            run_id, task = parse_task_id(job_id)
        except ValueError:
            raise NotFound("no such retention sweep task") from None
        run = self._runs.get(tenant, run_id)
        if run is None:
            raise NotFound("no such retention sweep")
        if run.status != "running":
            return TaskReport("already_done")
        if task != RECOMPUTE:
            recompute = self._runs.task(tenant, run_id, RECOMPUTE)
            if recompute is not None and not recompute.done:
                return TaskReport("waiting")  # queued by the recomputation when it ends
        owner = uuid.uuid4().hex
        now = self._clock()
        if not self._runs.claim(tenant, run_id, task, owner, now, now + self._task_lease):
            return TaskReport("held_elsewhere")
        state = self._runs.task(tenant, run_id, task)
        cursor = state.cursor if state else None
        report = TaskReport("done")
        try:
            return self._work(run, task, owner, cursor, report, time_left)
        except Exception:
            # Let the retry (SQS redelivers the message) pick the task up without waiting out the lease.
            self._runs.release(tenant, run_id, task, owner)
            raise

    def _work(
        self,
        run: SweepRun,
        task: str,
        owner: str,
        cursor: str | None,
        report: TaskReport,
        time_left: Callable[[], float],
    ) -> TaskReport:
        tenant, run_id, job_id = run.tenant, run.run_id, task_id(run.run_id, task)
        while True:
            if task == RECOMPUTE:
                counts, cursor = self._recompute_page(tenant, cursor)
            else:
                counts, cursor = self._sweep_page(run, task, owner, cursor, report)
            report.counts.update(counts)
            if not self._runs.save(tenant, run_id, task, owner, cursor, counts, self._clock() + self._task_lease):
                return replace(report, outcome="lease_lost")
            if cursor is None:
                break
            if time_left() < self._margin:
                self._runs.release(tenant, run_id, task, owner)
                self._queue.send(tenant, job_id)
                report.outcome = "continued"
                return report
        if self._runs.finish_task(tenant, run_id, task, owner):
            if task == RECOMPUTE:
                self._runs.set_applied_policy(tenant, run.policy)
                for shard in range(run.shards):
                    self._queue.send(tenant, task_id(run_id, f"{shard:02d}"))
            report.completed = self._complete_if_last(tenant, run_id)
        return report

    def give_up_task(self, tenant: str, job_id: str) -> SweepRun | None:
        """The task failed every attempt (its message is about to be parked): count it as a failed task
        so the run still ends (as ``failed``) and releases its lock, and the next run sweeps what it left.
        A recomputation that fails takes the shards waiting for it along."""
        try:
            run_id, task = parse_task_id(job_id)
        except ValueError:
            return None
        run = self._runs.get(tenant, run_id)
        if run is None or run.status != "running":
            return None
        tasks = [task]
        if task == RECOMPUTE:
            tasks += [t.task for t in self._runs.tasks(tenant, run_id) if t.task != RECOMPUTE and not t.done]
        for name in tasks:
            self._runs.abandon_task(tenant, run_id, name)
        return self._complete_if_last(tenant, run_id)

    def _complete_if_last(self, tenant: str, run_id: str) -> SweepRun | None:
        run = self._runs.get(tenant, run_id)
        if run is None or run.status != "running" or run.tasks_done < run.tasks_total:
            return None
        counts = self._total(tenant, run_id)
        at = self._clock()
        status: Status = "failed" if counts.get("task_failed") else "completed"
        done = replace(run, status=status, completed_at=at, counts=counts)
        view = done.view()["summary"]
        details: dict[str, str | int | float | bool | list[str] | None] = {
            "run_id": run_id, "dry_run": run.dry_run, "policy": run.policy, "items_read": view["items_read"],
            "failed": view["failed"], "failed_tasks": view["failed_tasks"], "recomputed": view["recomputed"],
            **{f"{action}": n for action, n in view["by_action"].items()},
            **{f"skipped_{reason}": n for reason, n in view["skipped"].items()},
        }  # fmt: skip
        try:
            self._audit.record(
                tenant,
                AuditRecord(
                    "retention.sweep_completed",
                    "success" if status == "completed" else "failure",
                    actor=SWEEP_ACTOR,
                    details=details,
                ),
                changes=self._runs.stage_complete(done, counts, at),
            )
        except Conflict:
            return None  # another worker completed it
        return done

    # -- one page of a shard -----------------------------------------------------------------------
    def _sweep_page(
        self, run: SweepRun, task: str, owner: str, cursor: str | None, report: TaskReport
    ) -> tuple[Counter[str], str | None]:
        page, following = self._records.expired(run.tenant, int(task), run.as_of, cursor, self._page_size)
        counts: Counter[str] = Counter({"read:index": len(page)})
        holds: dict[str, list[str]] = {}
        now = self._clock()
        for record in page:
            if record.expires_at > run.as_of:
                counts["skipped:not_expired"] += 1  # the index is read with a condition; never trust a page
                continue
            held = self._holding(record, holds, now)
            if held:
                counts["skipped:held"] += 1
                counts.update({f"hold:{h}": 1 for h in held})
                if not run.dry_run:
                    self._records.drop_backstop(record)  # TTL must not remove what a hold keeps
                continue
            if run.dry_run:
                counts.update(_action_counts(record))
                continue
            outcome = self._act(run, task, owner, record)
            if outcome != "done":
                counts["failed" if outcome == "failed" else f"skipped:{outcome}"] += 1
            else:
                report.counts.update(_action_counts(record))  # counted on the task by the action itself
        return counts, following

    def _holding(self, record: ExpiredRecord, cache: dict[str, list[str]], now: datetime) -> list[str]:
        if not record.subject_pseudonym:
            return []
        if record.subject_pseudonym not in cache:
            kinds = [_RECORDS_KIND] + ([_UPLOADS_KIND] if record.object_ref else [])
            cache[record.subject_pseudonym] = sorted(
                h.hold_id
                for h in self._holds.for_subject(record.tenant, record.subject_pseudonym)
                if h.in_force(now) and any(h.covers(k) for k in kinds)
            )
        return cache[record.subject_pseudonym]

    def _act(self, run: SweepRun, task: str, owner: str, record: ExpiredRecord) -> str:
        """Delete or anonymise one record with its audit event and its count; retried, then parked."""
        failure: Exception | None = None
        for attempt in range(self._attempts):
            try:
                return self._act_once(run, task, owner, record)
            except Conflict:
                return "changed"  # recomputed, already done by someone else, or the lease was lost
            except Exception as exc:
                failure = exc
                if attempt + 1 < self._attempts:
                    self._pause(attempt)
        reason = type(failure).__name__
        if isinstance(failure, PrivacyError):
            reason += f": {failure.message}"  # the bundle's messages name operations, never data
        self._parked.park(run.tenant, run.run_id, record.record_id, reason)
        return "failed"

    def _act_once(self, run: SweepRun, task: str, owner: str, record: ExpiredRecord) -> str:
        versions = 0
        if record.object_ref and record.subject_id:
            if not self._records.is_current(record):
                return "changed"  # re-read (consistently) before what no transaction can undo
            # S3 is outside the transaction: the object goes first (deleting again is harmless), so a
            # crash in between leaves the record in the index for the rerun to finish.
            versions = self._uploads.erase_object(record.tenant, record.subject_id, record.object_ref)
        if record.action == "delete":
            change, kind = self._records.stage_delete(record), "retention.deleted"
        else:
            change, kind = self._records.stage_anonymise(record), "retention.anonymised"
        count = self._runs.stage_count(run.tenant, run.run_id, task, owner, _action_counts(record))
        self._audit.record(
            run.tenant,
            AuditRecord(
                kind, "success", actor=SWEEP_ACTOR, subject=record.subject_id,
                details={"record_id": record.record_id, "run_id": run.run_id, "rule": record.rule,
                         "level": record.level.name, "object_versions": versions},
            ),
            changes=[change, count],
        )  # fmt: skip
        return "done"

    # -- recomputing expiries after a policy change -------------------------------------------------
    def _recompute_page(self, tenant: str, cursor: str | None) -> tuple[Counter[str], str | None]:
        policy = self._policies.for_tenant(tenant)
        page, following = self._records.facts(tenant, cursor, self._page_size)
        counts: Counter[str] = Counter({"read:recompute": len(page)})
        for facts in page:
            decision = policy.decide(facts.level, facts.types, facts.purpose, facts.created_at)
            new_expiry = decision.expires_at if decision else None
            new_rule = decision.rule.id if decision else None
            if (new_expiry, new_rule) == (facts.expires_at, facts.rule):
                continue  # unchanged records are not rewritten
            if self._records.set_expiry(facts, decision):
                counts["recomputed"] += 1
        return counts, following


def _action_counts(record: ExpiredRecord) -> Mapping[str, int]:
    return {f"action:{record.action}": 1, f"level:{record.level.name}": 1, f"reason:{record.rule}": 1}
