"""SweepRuns contract (domain/retention/ports.py), on InMemorySweepRuns and on RetentionRunTable (moto):
one running sweep per tenant while its lock's lease lasts, a task leased to one worker at a time, progress
and counters only from the lease holder, each task finished once, a run completed once."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from fakes import InMemorySweepRuns, apply
from privacykit.adapters.aws import apply_staged, client
from privacykit.adapters.retention_runs import RetentionRunTable
from privacykit.domain.retention.model import SweepRun
from privacykit.domain.retention.ports import SweepRuns
from privacykit.errors import Conflict
from privacykit.ports import StagedWrite

T0 = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)
LEASE = timedelta(minutes=15)


@pytest.fixture
def runs(backend: str) -> SweepRuns:
    if backend == "fake":
        return InMemorySweepRuns()
    return RetentionRunTable(client("dynamodb"), os.environ["RETENTION_RUN_TABLE"])


@pytest.fixture
def make(runs: SweepRuns) -> Callable[[list[StagedWrite]], None]:
    """Make staged writes as the audit sink would (one transaction on the table)."""
    if isinstance(runs, InMemorySweepRuns):
        return lambda writes: apply(*writes)
    return lambda writes: apply_staged(client("dynamodb"), "test", *writes)


def _run(run_id: str, at: datetime = T0, tasks: int = 2) -> SweepRun:
    return SweepRun(
        tenant="acme", run_id=run_id, dry_run=False, status="running", started_at=at, as_of=at, policy="p1",
        shards=tasks, tasks_total=tasks,
    )  # fmt: skip


def _start(runs: SweepRuns, make: Callable[[list[StagedWrite]], None], run: SweepRun, lock: bool = True) -> None:
    make(runs.stage_start(run, ["00", "01"], lock=lock, lease_until=run.started_at + timedelta(hours=23)))


def test_one_sweep_holds_the_lock_until_its_lease_runs_out(runs: SweepRuns, make: Callable[..., None]) -> None:
    _start(runs, make, _run("swp_1"))
    assert runs.current("acme", T0 + timedelta(hours=1)) == "swp_1"
    with pytest.raises(Conflict):
        _start(runs, make, _run("swp_2", T0 + timedelta(hours=1)))
    assert runs.get("acme", "swp_2") is None  # nothing of the refused start landed
    _start(runs, make, _run("swp_3", T0 + timedelta(hours=24)))
    assert runs.current("acme", T0 + timedelta(hours=24)) == "swp_3"
    _start(runs, make, _run("swp_dry", T0 + timedelta(hours=25)), lock=False)  # a dry run takes no lock
    assert runs.current("acme", T0 + timedelta(hours=25)) == "swp_3"


def test_a_task_is_leased_to_one_worker_at_a_time(runs: SweepRuns, make: Callable[..., None]) -> None:
    _start(runs, make, _run("swp_1"))
    assert runs.claim("acme", "swp_1", "00", "w1", T0, T0 + LEASE)
    assert not runs.claim("acme", "swp_1", "00", "w2", T0 + timedelta(minutes=5), T0 + LEASE)
    assert runs.claim("acme", "swp_1", "01", "w2", T0, T0 + LEASE)  # another shard, at the same time
    assert runs.claim("acme", "swp_1", "00", "w3", T0 + timedelta(minutes=16), T0 + 2 * LEASE)  # w1 died
    assert not runs.save("acme", "swp_1", "00", "w1", "c1", {"read:index": 1}, T0 + 2 * LEASE)
    assert runs.save("acme", "swp_1", "00", "w3", "c1", {"read:index": 3}, T0 + 2 * LEASE)
    task = runs.task("acme", "swp_1", "00")
    assert task is not None and task.cursor == "c1" and task.counts == {"read:index": 3}


def test_counts_come_only_from_the_lease_holder(runs: SweepRuns, make: Callable[..., None]) -> None:
    _start(runs, make, _run("swp_1"))
    assert runs.claim("acme", "swp_1", "00", "w1", T0, T0 + LEASE)
    make([runs.stage_count("acme", "swp_1", "00", "w1", {"action:delete": 1, "level:RESTRICTED": 1})])
    make([runs.stage_count("acme", "swp_1", "00", "w1", {"action:delete": 1})])
    with pytest.raises(Conflict):
        make([runs.stage_count("acme", "swp_1", "00", "w2", {"action:delete": 1})])
    assert runs.save("acme", "swp_1", "00", "w1", None, {"skipped:held": 2}, T0 + LEASE)
    task = runs.task("acme", "swp_1", "00")
    assert task is not None and task.cursor is None
    assert task.counts == {"action:delete": 2, "level:RESTRICTED": 1, "skipped:held": 2}


def test_a_task_finishes_once_and_the_run_completes_once(runs: SweepRuns, make: Callable[..., None]) -> None:
    run = _run("swp_1")
    _start(runs, make, run)
    for task in ("00", "01"):
        assert runs.claim("acme", "swp_1", task, "w1", T0, T0 + LEASE)
        assert runs.finish_task("acme", "swp_1", task, "w1")
        assert not runs.finish_task("acme", "swp_1", task, "w1")  # a redelivery
        assert not runs.claim("acme", "swp_1", task, "w2", T0 + timedelta(hours=1), T0 + LEASE)
    stored = runs.get("acme", "swp_1")
    assert stored is not None and stored.tasks_done == stored.tasks_total == 2
    make(runs.stage_complete(replace(stored, status="completed"), {"action:delete": 4}, T0 + timedelta(minutes=3)))
    done = runs.get("acme", "swp_1")
    assert done is not None and done.status == "completed" and done.counts == {"action:delete": 4}
    assert runs.current("acme", T0 + timedelta(minutes=4)) is None  # the lock went with it
    with pytest.raises(Conflict):
        make(runs.stage_complete(replace(stored, status="completed"), {}, T0 + timedelta(minutes=5)))
    assert [r.run_id for r in runs.recent("acme", 5)] == ["swp_1"]


def test_an_abandoned_task_counts_as_done_and_failed_once(runs: SweepRuns, make: Callable[..., None]) -> None:
    _start(runs, make, _run("swp_1"))
    assert runs.claim("acme", "swp_1", "00", "w1", T0, T0 + LEASE)  # the holder crashed, lease still live
    assert runs.abandon_task("acme", "swp_1", "00")
    assert not runs.abandon_task("acme", "swp_1", "00")
    assert not runs.finish_task("acme", "swp_1", "00", "w1")
    [task] = [t for t in runs.tasks("acme", "swp_1") if t.task == "00"]
    assert task.done and task.counts == {"task_failed": 1}
    stored = runs.get("acme", "swp_1")
    assert stored is not None and stored.tasks_done == 1
    make(runs.stage_complete(replace(stored, status="failed"), {"task_failed": 1}, T0 + timedelta(minutes=3)))
    ended = runs.get("acme", "swp_1")
    assert ended is not None and ended.status == "failed"
    assert runs.current("acme", T0 + timedelta(minutes=4)) is None


def test_the_applied_policy_round_trips(runs: SweepRuns) -> None:
    assert runs.applied_policy("acme") is None
    runs.set_applied_policy("acme", "f1")
    runs.set_applied_policy("acme", "f2")
    assert (runs.applied_policy("acme"), runs.applied_policy("globex")) == ("f2", None)
