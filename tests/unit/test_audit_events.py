"""Querying the trail (GET /v1/audit/events): the sealer indexes events by tenant and day, the route
answers from that index a page at a time, by pseudonym, and exports as CSV or JSON Lines."""

from __future__ import annotations

import base64
import csv
import io
import json
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from localcloud.provision import Stack
from privacy_helpers import FakeContext, load_handler, seal
from privacykit.adapters.audit_index import AuditIndexTable
from privacykit.adapters.aws import client
from privacykit.domain.audit.query import EventFilter
from privacykit.ports import AuditRecord
from privacykit.roots import shared as shared_root

DAY = datetime(2026, 11, 20, tzinfo=UTC)


def _api(query: dict[str, str], *, roles: str = "[compliance_auditor]", tenant: str = "acme",
         accept: str | None = None) -> dict[str, Any]:  # fmt: skip
    return {
        "version": "2.0",
        "routeKey": "GET /v1/audit/events",
        "rawPath": "/v1/audit/events",
        "rawQueryString": urlencode(query),
        "queryStringParameters": query or None,
        "headers": {"accept": accept} if accept else {},
        "requestContext": {
            "http": {"method": "GET", "path": "/v1/audit/events", "protocol": "HTTP/1.1", "sourceIp": "203.0.113.10"},
            "requestId": "req-audit-events",
            "routeKey": "GET /v1/audit/events",
            "stage": "$default",
            "authorizer": {
                "jwt": {
                    "claims": {"sub": "auditor-1", "custom:tenant": tenant, "cognito:groups": roles},
                    "scopes": None,
                }
            },
        },
        "isBase64Encoded": False,
    }


def _record(tenant: str, at: datetime, *records: AuditRecord) -> None:
    shared_root.audit_writer().record(tenant, *records, at=at)


def _decision(subject: str, decision: str, actor: str = "nurse-1") -> AuditRecord:
    return AuditRecord(
        "access.decision", decision.lower(), actor=actor, actor_roles=("nurse",), subject=subject,
        details={"action": "read", "purpose": "treatment", "decision": decision, "level": "RESTRICTED"},
    )  # fmt: skip


def _seed(stack: Stack) -> None:
    """Three days of acme (one event an hour, alternating subjects) and a day of globex."""
    for hour in range(72):
        at = DAY + timedelta(hours=hour)
        _record("acme", at, _decision("p-1" if hour % 2 else "p-2", "DENY" if hour % 3 == 0 else "ALLOW"))
    _record("acme", DAY + timedelta(hours=30, minutes=5), AuditRecord("consent.granted", "success", subject="p-1",
                                                                       details={"purpose": "marketing"}))  # fmt: skip
    _record("globex", DAY + timedelta(hours=30), _decision("p-1", "ALLOW"))
    seal(stack)


def _get(handler: Any, query: dict[str, str], **kwargs: Any) -> tuple[int, Any]:
    response = handler(_api(query, **kwargs), FakeContext())
    body = response["body"]
    if response.get("headers", {}).get("Content-Type", "application/json").startswith("application/json"):
        return response["statusCode"], json.loads(body)
    return response["statusCode"], response


def _one_day() -> dict[str, str]:
    return {"from": (DAY + timedelta(days=1)).isoformat(), "to": (DAY + timedelta(days=2)).isoformat()}


def test_a_day_window_answers_that_days_events_newest_first_then_oldest_first(stack: Stack) -> None:
    _seed(stack)
    handler = load_handler("audit").lambda_handler
    status, body = _get(handler, {**_one_day(), "limit": "1000"})
    assert status == 200
    seqs_at = [(e["at"], e["type"]) for e in body["events"]]
    assert len(body["events"]) == 25  # 24 decisions and the consent of that day
    assert [a for a, _ in seqs_at] == sorted((a for a, _ in seqs_at), reverse=True)
    assert all(DAY + timedelta(days=1) <= datetime.fromisoformat(a) < DAY + timedelta(days=2) for a, _ in seqs_at)
    assert body["next_cursor"] is None
    status, oldest = _get(handler, {**_one_day(), "order": "oldest", "limit": "1000"})
    assert [e["seq"] for e in oldest["events"]] == [e["seq"] for e in reversed(body["events"])]


def test_pages_follow_the_cursor_across_days_without_gaps_or_repeats(stack: Stack) -> None:
    _seed(stack)
    handler = load_handler("audit").lambda_handler
    window = {"from": DAY.isoformat(), "to": (DAY + timedelta(days=3)).isoformat(), "limit": "7"}
    seen: list[int] = []
    cursor = None
    for _ in range(20):
        status, body = _get(handler, {**window, **({"cursor": cursor} if cursor else {})})
        assert status == 200
        assert len(body["events"]) <= 7
        seen += [e["seq"] for e in body["events"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) == 73


def test_filters_by_type_family_decision_subject_and_actor_by_their_ids(stack: Stack) -> None:
    _seed(stack)
    handler = load_handler("audit").lambda_handler
    window = {"from": DAY.isoformat(), "to": (DAY + timedelta(days=3)).isoformat(), "limit": "1000"}
    assert len(_get(handler, {**window, "type": "consent.granted"})[1]["events"]) == 1
    assert len(_get(handler, {**window, "type": "access.*"})[1]["events"]) == 72
    denied = _get(handler, {**window, "decision": "DENY"})[1]["events"]
    assert len(denied) == 24 and {e["details"]["decision"] for e in denied} == {"DENY"}
    by_subject = _get(handler, {**window, "subject_id": "p-1"})[1]["events"]
    pseudonym = shared_root.keyring().pseudonym("acme", "p-1")
    assert len(by_subject) == 37 and {e["subject"] for e in by_subject} == {pseudonym}
    both = _get(handler, {**window, "subject_id": "p-1", "decision": "DENY", "actor": "nurse-1"})[1]["events"]
    assert len(both) == 12
    assert _get(handler, {**window, "actor": "nobody"})[1]["events"] == []


def test_results_carry_pseudonyms_never_the_ids_asked_for(stack: Stack) -> None:
    _seed(stack)
    handler = load_handler("audit").lambda_handler
    response = handler(_api({**_one_day(), "subject_id": "p-1"}), FakeContext())
    assert response["statusCode"] == 200
    assert "p-1" not in response["body"].replace(shared_root.keyring().pseudonym("acme", "p-1"), "")
    assert "nurse-1" not in response["body"]


def test_the_query_is_recorded_in_the_trail_with_the_subject_as_pseudonym(stack: Stack) -> None:
    _seed(stack)
    handler = load_handler("audit").lambda_handler
    _get(handler, {**_one_day(), "subject_id": "p-1"})
    seal(stack)
    now = datetime.now(UTC)
    recorded = _get(handler, {"from": (now - timedelta(hours=1)).isoformat(), "type": "audit.events_queried"})[1]
    assert len(recorded["events"]) == 1
    event = recorded["events"][0]
    assert event["subject"] == shared_root.keyring().pseudonym("acme", "p-1")
    assert event["details"]["returned"] == 13


def test_only_auditors_and_privacy_officers_query_and_only_their_tenant(stack: Stack) -> None:
    _seed(stack)
    handler = load_handler("audit").lambda_handler
    assert _get(handler, _one_day(), roles="[nurse]")[0] == 403
    assert _get(handler, _one_day(), roles="[privacy_officer]")[0] == 200
    globex = _get(handler, {**_one_day(), "limit": "1000"}, tenant="globex")[1]["events"]
    assert len(globex) == 1 and globex[0]["subject"] == shared_root.keyring().pseudonym("globex", "p-1")


def test_a_cursor_of_another_tenant_or_a_forged_one_is_a_400_that_quotes_nothing(stack: Stack) -> None:
    _seed(stack)
    handler = load_handler("audit").lambda_handler
    window = {"from": DAY.isoformat(), "to": (DAY + timedelta(days=3)).isoformat(), "limit": "2"}
    cursor = _get(handler, window, tenant="acme")[1]["next_cursor"]
    status, body = _get(handler, {**window, "cursor": cursor}, tenant="globex")
    assert status == 400 and body["error"]["details"] == [{"field": "cursor"}]
    forged = base64.urlsafe_b64encode(b'{"d":"2026-11-20","k":{"day_key":"x","at_seq":"y"}}').decode().rstrip("=")
    status, body = _get(handler, {**window, "cursor": forged})
    assert status == 400 and "day_key" not in json.dumps(body)
    assert _get(handler, {**window, "cursor": "not-base64-json"})[0] == 400


def test_bad_windows_and_filters_are_422s(stack: Stack) -> None:
    handler = load_handler("audit").lambda_handler
    assert _get(handler, {"from": DAY.isoformat(), "to": DAY.isoformat()})[0] == 422
    assert _get(handler, {"type": "Not A Type"})[0] == 422
    assert _get(handler, {"decision": "MAYBE"})[0] == 422
    assert _get(handler, {"limit": "1001"})[0] == 422
    assert _get(handler, {"subjectid": "p-1"})[0] == 422
    # A 'to' less than the default week after year 1 has no default 'from' (it was an OverflowError: a 500).
    status, body = _get(handler, {"to": "0001-01-01T00:00:00+00:00"})
    assert status == 422 and body["error"]["details"] == [{"field": "to"}]
    assert _get(handler, {"from": "0001-01-01T00:00:00+00:00", "to": "0001-01-02T00:00:00+00:00"})[0] == 200


def test_export_as_csv_and_json_lines_with_a_link_to_the_next_page(stack: Stack) -> None:
    _seed(stack)
    handler = load_handler("audit").lambda_handler
    status, response = _get(handler, {**_one_day(), "format": "csv", "limit": "10"})
    assert status == 200 and response["headers"]["Content-Type"] == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response["body"])))
    assert len(rows) == 10 and rows[0]["type"] in ("access.decision", "consent.granted")
    assert 'rel="next"' in response["headers"]["Link"] and "cursor=" in response["headers"]["Link"]
    status, response = _get(handler, {**_one_day(), "limit": "1000"}, accept="application/x-ndjson")
    lines = [json.loads(line) for line in response["body"].splitlines()]
    assert len(lines) == 25 and "Link" not in response.get("headers", {})


def test_sealing_again_after_a_crash_indexes_the_same_items_once(stack: Stack) -> None:
    index = AuditIndexTable(client("dynamodb"), stack.ref("AuditIndexTable"), 1)
    event = {
        "event_id": "e1", "seq": 1, "at": DAY.isoformat(), "type": "consent.granted", "outcome": "success",
        "actor": None, "actor_roles": [], "subject": "ps", "details": {}, "hash": "h", "prev_hash": "g",
    }  # fmt: skip
    index.put("acme", [event])
    index.put("acme", [event])
    page = index.find("acme", EventFilter(start=DAY, end=DAY + timedelta(days=1)), limit=10)
    assert page.events == [event] and page.cursor is None


def test_a_window_of_millennia_walks_only_the_days_the_tenant_has_events_on(stack: Stack) -> None:
    _seed(stack)
    handler = load_handler("audit").lambda_handler
    window = {"from": "0001-01-01T00:00:00+00:00", "to": "9999-12-31T00:00:00+00:00", "limit": "1000"}
    for order in ("oldest", "newest"):
        status, body = _get(handler, {**window, "order": order})
        assert status == 200 and len(body["events"]) == 73 and body["next_cursor"] is None
    assert _get(handler, window, tenant="initech")[1] == {"events": [], "next_cursor": None}
