"""The retention sweep through the local cloud: the policies route, a dry run that touches nothing, a
sweep that deletes the expired record (worker behind the queue), and the daily schedule that
``privacy-local trigger RetentionScheduleFunction`` runs."""

from __future__ import annotations

import time
import uuid
from typing import Any

import pytest

from privacykit.adapters.records import expiry_shard

pytestmark = pytest.mark.integration


def _finished(api: Any, url: str, token: str) -> dict[str, Any]:
    deadline = time.monotonic() + 60
    while True:
        status, run = api.request("GET", url, token=token)
        assert status == 200, run
        if run["status"] == "completed" or time.monotonic() > deadline:
            return dict(run)
        time.sleep(0.2)


def test_policies_dry_run_sweep_and_schedule(api) -> None:  # type: ignore[no-untyped-def]
    tenant = f"t{uuid.uuid4().hex[:6]}"
    officer = api.officer(tenant)
    status, policies = api.request("GET", "/v1/retention/policies", token=officer)
    assert status == 200 and policies["rejected"] is None and policies["rules"]
    status, kept = api.request("POST", "/v1/classify", {"text": "call 415-555-0100", "subject_id": "s-1"}, officer)
    assert status == 200 and kept["record_id"]
    # A record classified seven years ago, as the table holds it (the API cannot write the past).
    ddb, table = api.cloud.stack.client("dynamodb"), api.cloud.stack.ref("RecordsTable")
    ddb.put_item(
        TableName=table,
        Item={
            "tenant": {"S": tenant}, "record_id": {"S": "rec_old"}, "level": {"S": "RESTRICTED"},
            "source": {"S": "api"}, "status": {"S": "classified"}, "created_at": {"S": "2019-03-04T10:00:00+00:00"},
            "entities": {"S": '[["DIAGNOSIS", 0, 8, 0.9]]'}, "types": {"SS": ["DIAGNOSIS"]},
            "expires_at": {"S": "2025-03-04T10:00:00Z"}, "expiry_shard": {"S": expiry_shard(tenant, "rec_old")},
            "retention_rule": {"S": "restricted-health-diagnosis"}, "retention_action": {"S": "delete"},
        },
    )  # fmt: skip

    status, dry = api.request("POST", "/v1/retention/sweeps", {"dry_run": True}, officer)
    assert status == 202 and dry["started"], dry
    done = _finished(api, dry["status_url"], officer)
    assert done["summary"]["by_action"] == {"delete": 1} and done["summary"]["items_read"] == 1
    assert "Item" in ddb.get_item(TableName=table, Key={"tenant": {"S": tenant}, "record_id": {"S": "rec_old"}})

    assert api.request("POST", "/v1/retention/sweeps", {}, officer)[0] == 422  # say which sweep
    status, run = api.request("POST", "/v1/retention/sweeps", {"dry_run": False}, officer)
    assert status == 202 and run["started"] and not run["dry_run"]
    done = _finished(api, run["status_url"], officer)
    assert done["summary"]["by_action"] == {"delete": 1}
    assert "Item" not in ddb.get_item(TableName=table, Key={"tenant": {"S": tenant}, "record_id": {"S": "rec_old"}})
    assert "Item" in ddb.get_item(TableName=table, Key={"tenant": {"S": tenant}, "record_id": {"S": kept["record_id"]}})
    service = api.token(tenant=tenant, groups=["service"])
    assert api.request("POST", "/v1/retention/sweeps", {"dry_run": True}, service)[0] == 403

    assert api.cloud.schedule("AuditSealFunction", "Seal").fire()  # the tenant now has a trail
    assert api.cloud.schedule("RetentionScheduleFunction", "Daily").fire(keep_rhythm=True)
