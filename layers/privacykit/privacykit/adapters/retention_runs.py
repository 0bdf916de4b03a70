"""Retention sweep runs (DynamoDB): partition ``tenant``, sort ``item``: ``run#<run id>`` for a run,
``run#<run id>#task#<task>`` for each of its tasks (cursor, lease, counters), ``#lock`` for the run
going on, ``#policy`` for the policy the tenant's expiries were computed with. Ids, times and counts
only: nothing about a subject."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from privacykit.adapters.aws import (
    conditional_write,
    get_item,
    iso_utc,
    parse_iso,
    query_all,
    to_item,
    transact_write,
)
from privacykit.domain.retention.model import SweepRun, SweepTask
from privacykit.errors import Conflict
from privacykit.ports import StagedWrite

__all__ = ["RetentionRunTable"]

_LOCK = "#lock"
_POLICY = "#policy"


def _run_key(run_id: str) -> str:
    return f"run#{run_id}"


def _task_key(run_id: str, task: str) -> str:
    return f"run#{run_id}#task#{task}"


def _counter_update(counts: Mapping[str, int]) -> tuple[list[str], dict[str, str], dict[str, Any]]:
    """``counts.#cN = if_not_exists(counts.#cN, 0) + :cN`` for each counter."""
    sets, names, values = [], {}, {}
    for n, (name, value) in enumerate(sorted(counts.items())):
        if not value:
            continue
        names[f"#c{n}"] = name
        values[f":c{n}"] = int(value)
        sets.append(f"counts.#c{n} = if_not_exists(counts.#c{n}, :zero) + :c{n}")
    if sets:
        values[":zero"] = 0
    return sets, names, values


class RetentionRunTable:
    def __init__(self, ddb: Any, table: str) -> None:
        self._ddb = ddb
        self._table = table

    def _key(self, tenant: str, item: str) -> dict[str, Any]:
        return to_item({"tenant": tenant, "item": item})

    # -- starting and finding runs -----------------------------------------------------------------
    def stage_start(
        self, run: SweepRun, tasks: Sequence[str], *, lock: bool, lease_until: datetime
    ) -> list[StagedWrite]:
        writes = []
        if lock:
            writes.append(
                StagedWrite(
                    {"Put": {"TableName": self._table,
                             "Item": to_item({"tenant": run.tenant, "item": _LOCK, "run_id": run.run_id,
                                              "lease_until": iso_utc(lease_until)}),
                             "ConditionExpression": "attribute_not_exists(tenant) OR lease_until < :now",
                             "ExpressionAttributeValues": to_item({":now": iso_utc(run.started_at)})}},
                    "a retention sweep of this tenant is still going",
                )
            )  # fmt: skip
        item = {
            "tenant": run.tenant, "item": _run_key(run.run_id), "run_id": run.run_id, "dry_run": run.dry_run,
            "status": run.status, "started_at": iso_utc(run.started_at), "as_of": iso_utc(run.as_of),
            "policy": run.policy, "shards": run.shards, "tasks_done": 0, "tasks_total": run.tasks_total,
            "trigger": run.trigger,
        }  # fmt: skip
        writes.append(
            StagedWrite({"Put": {"TableName": self._table, "Item": to_item(item),
                                 "ConditionExpression": "attribute_not_exists(tenant)"}})
        )  # fmt: skip
        for task in tasks:
            task_item = {"tenant": run.tenant, "item": _task_key(run.run_id, task), "run_id": run.run_id,
                         "task": task, "done": False, "counts": {}}  # fmt: skip
            writes.append(StagedWrite({"Put": {"TableName": self._table, "Item": to_item(task_item)}}))
        return writes

    def current(self, tenant: str, now: datetime) -> str | None:
        lock = get_item(self._ddb, "retention_runs.lock", self._table, {"tenant": tenant, "item": _LOCK},
                        ConsistentRead=True)  # fmt: skip
        if not lock or lock["lease_until"] < iso_utc(now):
            return None
        return str(lock["run_id"])

    def _run(self, item: dict[str, Any]) -> SweepRun:
        started_at, as_of = parse_iso(item["started_at"]), parse_iso(item["as_of"])
        assert started_at is not None and as_of is not None  # always stored
        return SweepRun(
            tenant=item["tenant"], run_id=item["run_id"], dry_run=bool(item["dry_run"]), status=item["status"],
            started_at=started_at, as_of=as_of, policy=item["policy"], shards=int(item["shards"]),
            tasks_done=int(item.get("tasks_done", 0)), tasks_total=int(item.get("tasks_total", 0)),
            trigger=item.get("trigger", "api"), completed_at=parse_iso(item.get("completed_at")),
            counts=json.loads(item["counts"]) if item.get("counts") else {},
        )  # fmt: skip

    def get(self, tenant: str, run_id: str) -> SweepRun | None:
        item = get_item(self._ddb, "retention_runs.get", self._table, {"tenant": tenant, "item": _run_key(run_id)},
                        ConsistentRead=True)  # fmt: skip
        return self._run(item) if item else None

    def _task(self, item: dict[str, Any]) -> SweepTask:
        return SweepTask(
            run_id=item["run_id"], task=item["task"], done=bool(item["done"]), cursor=item.get("cursor"),
            owner=item.get("owner"), lease_until=parse_iso(item.get("lease_until")),
            counts={k: int(v) for k, v in (item.get("counts") or {}).items()},
        )  # fmt: skip

    def tasks(self, tenant: str, run_id: str) -> list[SweepTask]:
        items = query_all(
            self._ddb, "retention_runs.tasks", TableName=self._table, ConsistentRead=True,
            KeyConditionExpression="tenant = :t AND begins_with(#item, :p)", ExpressionAttributeNames={"#item": "item"},
            ExpressionAttributeValues=to_item({":t": tenant, ":p": _task_key(run_id, "")}),
        )  # fmt: skip
        return [self._task(i) for i in items]

    def task(self, tenant: str, run_id: str, task: str) -> SweepTask | None:
        item = get_item(self._ddb, "retention_runs.task", self._table,
                        {"tenant": tenant, "item": _task_key(run_id, task)}, ConsistentRead=True)  # fmt: skip
        return self._task(item) if item else None

    def recent(self, tenant: str, limit: int) -> list[SweepRun]:
        runs = []
        for item in query_all(
            self._ddb, "retention_runs.recent", TableName=self._table, ScanIndexForward=False,
            KeyConditionExpression="tenant = :t AND begins_with(#item, :p)", ExpressionAttributeNames={"#item": "item"},
            ExpressionAttributeValues=to_item({":t": tenant, ":p": "run#"}),
        ):  # fmt: skip
            if "task" not in item:
                runs.append(self._run(item))
                if len(runs) >= limit:
                    break
        return runs

    # -- tasks: lease, progress, counters ----------------------------------------------------------
    def claim(self, tenant: str, run_id: str, task: str, owner: str, now: datetime, until: datetime) -> bool:
        return conditional_write(
            self._ddb.update_item, "retention_runs.claim", TableName=self._table,
            Key=self._key(tenant, _task_key(run_id, task)),
            UpdateExpression="SET #owner = :o, lease_until = :u",
            ConditionExpression="attribute_exists(tenant) AND done = :f AND "
                                "(attribute_not_exists(lease_until) OR lease_until < :now)",
            ExpressionAttributeNames={"#owner": "owner"},
            ExpressionAttributeValues=to_item({":o": owner, ":u": iso_utc(until), ":f": False, ":now": iso_utc(now)}),
        )  # fmt: skip

    def stage_count(self, tenant: str, run_id: str, task: str, owner: str, counts: Mapping[str, int]) -> StagedWrite:
        sets, names, values = _counter_update(counts)
        return StagedWrite(
            {"Update": {"TableName": self._table, "Key": self._key(tenant, _task_key(run_id, task)),
                        "UpdateExpression": "SET " + ", ".join(sets),
                        "ConditionExpression": "#owner = :o AND done = :f",
                        "ExpressionAttributeNames": {**names, "#owner": "owner"},
                        "ExpressionAttributeValues": to_item({**values, ":o": owner, ":f": False})}},
            "the sweep task is held by another worker",
        )  # fmt: skip

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
        sets, names, values = _counter_update(counts)
        sets.append("lease_until = :u")
        values[":u"] = iso_utc(until)
        if cursor is not None:
            sets.append("#cursor = :cursor")
            values[":cursor"] = cursor
        update = "SET " + ", ".join(sets) + ("" if cursor is not None else " REMOVE #cursor")
        return conditional_write(
            self._ddb.update_item, "retention_runs.save", TableName=self._table,
            Key=self._key(tenant, _task_key(run_id, task)), UpdateExpression=update,
            ConditionExpression="#owner = :o AND done = :f",
            ExpressionAttributeNames={**names, "#owner": "owner", "#cursor": "cursor"},
            ExpressionAttributeValues=to_item({**values, ":o": owner, ":f": False}),
        )  # fmt: skip

    def release(self, tenant: str, run_id: str, task: str, owner: str) -> None:
        conditional_write(
            self._ddb.update_item, "retention_runs.release", TableName=self._table,
            Key=self._key(tenant, _task_key(run_id, task)), UpdateExpression="REMOVE #owner, lease_until",
            ConditionExpression="#owner = :o", ExpressionAttributeNames={"#owner": "owner"},
            ExpressionAttributeValues=to_item({":o": owner}),
        )  # fmt: skip

    def finish_task(self, tenant: str, run_id: str, task: str, owner: str) -> bool:
        items = [
            {"Update": {"TableName": self._table, "Key": self._key(tenant, _task_key(run_id, task)),
                        "UpdateExpression": "SET done = :t REMOVE #owner, lease_until",
                        "ConditionExpression": "#owner = :o AND done = :f",
                        "ExpressionAttributeNames": {"#owner": "owner"},
                        "ExpressionAttributeValues": to_item({":t": True, ":f": False, ":o": owner})}},
            {"Update": {"TableName": self._table, "Key": self._key(tenant, _run_key(run_id)),
                        "UpdateExpression": "ADD tasks_done :one",
                        "ExpressionAttributeValues": to_item({":one": 1})}},
        ]  # fmt: skip
        try:
            transact_write(self._ddb, "retention_runs.finish", items, ["the task is done already", ""])
        except Conflict:
            return False
        return True

    def abandon_task(self, tenant: str, run_id: str, task: str) -> bool:
        items = [
            {"Update": {"TableName": self._table, "Key": self._key(tenant, _task_key(run_id, task)),
                        "UpdateExpression": "SET done = :t, counts.#failed = :one REMOVE #owner, lease_until",
                        "ConditionExpression": "done = :f",
                        "ExpressionAttributeNames": {"#owner": "owner", "#failed": "task_failed"},
                        "ExpressionAttributeValues": to_item({":t": True, ":f": False, ":one": 1})}},
            {"Update": {"TableName": self._table, "Key": self._key(tenant, _run_key(run_id)),
                        "UpdateExpression": "ADD tasks_done :one",
                        "ExpressionAttributeValues": to_item({":one": 1})}},
        ]  # fmt: skip
        try:
            transact_write(self._ddb, "retention_runs.abandon", items, ["the task is done already", ""])
        except Conflict:
            return False
        return True

    def stage_complete(self, run: SweepRun, counts: Mapping[str, int], at: datetime) -> list[StagedWrite]:
        values = {":done": run.status, ":at": iso_utc(at), ":running": "running",
                  ":counts": json.dumps(dict(sorted(counts.items())))}  # fmt: skip
        writes = [
            StagedWrite(
                {"Update": {"TableName": self._table, "Key": self._key(run.tenant, _run_key(run.run_id)),
                            "UpdateExpression": "SET #status = :done, completed_at = :at, counts = :counts",
                            "ConditionExpression": "#status = :running",
                            "ExpressionAttributeNames": {"#status": "status"},
                            "ExpressionAttributeValues": to_item(values)}},
                "the sweep was completed already",
            )
        ]  # fmt: skip
        lock = get_item(self._ddb, "retention_runs.lock", self._table, {"tenant": run.tenant, "item": _LOCK},
                        ConsistentRead=True)  # fmt: skip
        if lock and lock.get("run_id") == run.run_id:
            writes.append(
                StagedWrite(
                    {"Delete": {"TableName": self._table, "Key": self._key(run.tenant, _LOCK),
                                "ConditionExpression": "run_id = :r",
                                "ExpressionAttributeValues": to_item({":r": run.run_id})}},
                    "another sweep holds the lock",
                )
            )  # fmt: skip
        return writes

    # -- the policy the expiries follow ------------------------------------------------------------
    def applied_policy(self, tenant: str) -> str | None:
        item = get_item(self._ddb, "retention_runs.policy", self._table, {"tenant": tenant, "item": _POLICY},
                        ConsistentRead=True)  # fmt: skip
        return str(item["fingerprint"]) if item else None

    def set_applied_policy(self, tenant: str, fingerprint: str) -> None:
        with_item = to_item({"tenant": tenant, "item": _POLICY, "fingerprint": fingerprint})
        conditional_write(self._ddb.put_item, "retention_runs.set_policy", TableName=self._table, Item=with_item)
