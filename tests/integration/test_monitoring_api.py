"""Monitoring through the local cloud: access decisions committed by the access function reach the
monitor through the audit outbox's DynamoDB stream (the local cloud's stream poller, as the event source
mapping deployed), and the alert it raises is listed and acknowledged through the HTTP API."""

from __future__ import annotations

import time
from typing import Any

import pytest

pytestmark = pytest.mark.integration

DENIED = {"action": "read", "purpose": "operations", "resource": {"level": "RESTRICTED"}}


def wait_for_alerts(api: Any, token: str, query: str, timeout: float = 30.0) -> list[dict[str, Any]]:
    deadline = time.monotonic() + timeout
    while True:
        status, body = api.request("GET", f"/v1/alerts?{query}", token=token)
        assert status == 200, body
        if body["alerts"] or time.monotonic() > deadline:
            return list(body["alerts"])
        time.sleep(0.25)


def test_repeated_denials_raise_one_alert_that_an_officer_acknowledges(api) -> None:  # type: ignore[no-untyped-def]
    tenant = "monitor-co"
    viewer = api.token(tenant=tenant, sub="viewer-9", groups=["viewer"])
    status, body = api.request("POST", "/v1/access/checks", {"requests": [DENIED] * 12}, viewer)
    assert status == 200 and {d["decision"] for d in body["decisions"]} == {"DENY"}
    officer = api.officer(tenant)
    [alert] = wait_for_alerts(api, officer, "rule=repeated_denials")
    assert alert["status"] == "open" and alert["severity"] == "medium"
    assert alert["details"]["count"] >= 10 and alert["actor"] and alert["actor"] != "viewer-9"

    # More denials within the dedup window raise nothing new.
    api.request("POST", "/v1/access/checks", {"requests": [DENIED] * 12}, viewer)
    time.sleep(2)
    assert len(wait_for_alerts(api, officer, "rule=repeated_denials")) == 1

    assert api.request("GET", "/v1/alerts", token=viewer)[0] == 403
    assert api.request("GET", "/v1/alerts", token=api.officer("globex-monitoring"))[1]["alerts"] == []
    status, acknowledged = api.request("POST", f"/v1/alerts/{alert['alert_id']}/ack", token=officer)
    assert status == 200 and acknowledged["status"] == "acknowledged"
    assert api.request("POST", f"/v1/alerts/{alert['alert_id']}/ack", token=officer)[0] == 409
    assert wait_for_alerts(api, officer, "status=open&rule=repeated_denials", timeout=0) == []
    status, body = api.request("GET", "/v1/alerts?cursor=nonsense", token=officer)
    assert status in (400, 422) and "nonsense" not in str(body)
