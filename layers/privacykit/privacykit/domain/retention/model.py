"""What the retention sweep reads and keeps: expired records as the expiry index gives them, the runs
and their tasks (one per index shard, plus the recomputation of expiries after a policy change)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from privacykit.domain.common.entity_types import Level

__all__ = ["ExpiredRecord", "RetentionFacts", "SweepRun", "SweepTask", "RECOMPUTE", "task_id", "parse_task_id"]

#: The task of a run that recomputes expiries after a policy change (before the shards are swept).
RECOMPUTE = "rx"


def task_id(run_id: str, task: str) -> str:
    """The queue job naming one task of a run: ``<run id>.<shard number or rx>``."""
    return f"{run_id}.{task}"


def parse_task_id(job_id: str) -> tuple[str, str]:
    run_id, _, task = job_id.rpartition(".")
    if not run_id or not task:
        raise ValueError("a sweep job names <run id>.<task>")
    return run_id, task


@dataclass(frozen=True)
class ExpiredRecord:
    """A record the expiry index lists as expired, with what acting on it needs (never its text)."""

    tenant: str
    record_id: str
    expires_at: datetime
    level: Level
    action: str
    rule: str
    created_at: datetime
    subject_id: str | None = None
    subject_pseudonym: str | None = None
    object_ref: str | None = None
    types: tuple[str, ...] = ()
    finding_counts: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class RetentionFacts:
    """What deciding a record's expiry needs, read page by page when a policy changed."""

    tenant: str
    record_id: str
    level: Level
    types: tuple[str, ...]
    purpose: str | None
    created_at: datetime
    expires_at: datetime | None
    rule: str | None


#: ``failed``: every task ended, and at least one failed every attempt (its message was parked); what it
#: left is swept by the next run.
Status = Literal["running", "completed", "failed"]


@dataclass(frozen=True)
class SweepRun:
    tenant: str
    run_id: str
    dry_run: bool
    status: Status
    started_at: datetime
    #: Records that expired by this instant are swept; fixed at the start, so a rerun does the same.
    as_of: datetime
    policy: str
    shards: int
    tasks_done: int = 0
    tasks_total: int = 0
    trigger: str = "api"
    completed_at: datetime | None = None
    counts: Mapping[str, int] = field(default_factory=dict)

    def view(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "dry_run": self.dry_run,
            "status": self.status,
            "trigger": self.trigger,
            "started_at": self.started_at.isoformat(),
            "as_of": self.as_of.isoformat(),
            "completed_at": self.completed_at.isoformat() if self.completed_at else None,
            "policy": self.policy,
            "tasks_done": self.tasks_done,
            "tasks_total": self.tasks_total,
            "summary": summary(self.counts),
        }


@dataclass(frozen=True)
class SweepTask:
    run_id: str
    task: str
    done: bool
    cursor: str | None = None
    owner: str | None = None
    lease_until: datetime | None = None
    counts: Mapping[str, int] = field(default_factory=dict)


def summary(counts: Mapping[str, int]) -> dict[str, Any]:
    """Flat counters (``action:delete``, ``level:RESTRICTED``, ``reason:<rule>``, ``skipped:held``,
    ``hold:<hold id>``...) as the nested summary a run shows: counts by action, by reason (the rule that
    expired them), by level, what was skipped and why, and the holds that kept records."""
    prefixes = {"action": "by_action", "reason": "by_reason", "level": "by_level", "skipped": "skipped",
                "hold": "held_by"}  # fmt: skip
    grouped: dict[str, Counter[str]] = {name: Counter() for name in prefixes.values()}
    for key, value in counts.items():
        prefix, _, name = key.partition(":")
        if prefix in prefixes and value:
            grouped[prefixes[prefix]][name] += int(value)
    return {
        "by_action": dict(sorted(grouped["by_action"].items())),
        "by_reason": dict(sorted(grouped["by_reason"].items())),
        "by_level": dict(sorted(grouped["by_level"].items())),
        "skipped": dict(sorted(grouped["skipped"].items())),
        "held_by": dict(sorted(grouped["held_by"].items())),
        "failed": int(counts.get("failed", 0)),
        "failed_tasks": int(counts.get("task_failed", 0)),
        "items_read": int(counts.get("read:index", 0)),
        "recomputed": int(counts.get("recomputed", 0)),
    }
