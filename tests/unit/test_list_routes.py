"""The list routes (docs/listing.md): incidents with their status and deadlines, a subject's records,
contact channels and consents at a past instant; each a page at a time behind an opaque cursor, scoped
to the token's tenant, and open to a subject for their own data only."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from localcloud.provision import Stack
from privacy_helpers import FakeContext, event, http_api_event, load_handler
from privacykit.domain.common.entity_types import Entity, EntityType, Level
from privacykit.domain.common.pages import encode_cursor
from privacykit.domain.common.records import ClassifiedRecord
from privacykit.roots import shared as shared_root

pytestmark = pytest.mark.filterwarnings("ignore:No application metrics to publish")

OFFICER = {"sub": "officer-7", "custom:tenant": "acme", "cognito:groups": "[privacy_officer]"}
OTHER_TENANT = {"sub": "officer-9", "custom:tenant": "globex", "cognito:groups": "[privacy_officer]"}
EDITOR = {"sub": "u-9", "custom:tenant": "acme", "cognito:groups": "[editor]"}
SUBJECT = {"sub": "cust-1001", "custom:tenant": "acme"}
OTHER_SUBJECT = {"sub": "cust-1002", "custom:tenant": "acme"}


def get(handler: Any, route: str, raw_path: str, claims: dict[str, str], **query: str) -> tuple[int, dict[str, Any]]:
    """A GET through ``handler`` as API Gateway sends it, with ``claims`` from the verified token."""
    built = http_api_event("GET", route, raw_path, claims, query=query, headers={})
    response = handler(built, FakeContext())
    return response["statusCode"], json.loads(response["body"])


def every_page(handler: Any, route: str, raw_path: str, claims: dict[str, str], key: str, **query: str) -> list[Any]:
    items: list[Any] = []
    cursor: str | None = None
    for _ in range(20):
        status, body = get(handler, route, raw_path, claims, **query, **({"cursor": cursor} if cursor else {}))
        assert status == 200, body
        items += body[key]
        cursor = body["next_cursor"]
        if cursor is None:
            return items
    raise AssertionError("the cursor never ended")


# -- incidents ---------------------------------------------------------------------------------------
@pytest.fixture
def breach(stack: Stack, function_env: Any) -> Any:
    function_env("BreachFunction")
    return load_handler("breach").lambda_handler


def register(handler: Any, aware_ago: timedelta) -> str:
    aware = datetime.now(UTC) - aware_ago
    body = {
        "entity_timezone": "Europe/Berlin",
        "occurred_at": (aware - timedelta(hours=2)).isoformat(),
        "discovered_at": (aware - timedelta(hours=1)).isoformat(),
        "aware_at": aware.isoformat(),
        "data_categories": ["email"],
        "affected_by_residence": {"EU-DE": 10},
        "risk_level": "high",
    }
    api_event = {**event("breach-register"), "body": json.dumps(body)}
    api_event["requestContext"]["authorizer"] = {"jwt": {"claims": OFFICER, "scopes": None}}
    response = handler(api_event, FakeContext())
    assert response["statusCode"] == 201, response["body"]
    return str(json.loads(response["body"])["incident_id"])


def test_incidents_are_listed_latest_first_a_page_at_a_time(breach: Any) -> None:
    registered = [register(breach, timedelta(hours=1)) for _ in range(5)]
    listed = every_page(breach, "/v1/incidents", "/v1/incidents", OFFICER, "incidents", limit="2")
    assert [i["incident_id"] for i in listed] == registered[::-1]
    first = listed[0]
    assert first["status"] == "open"
    assert first["obligations"]["open"] >= 1
    assert first["next_deadline"] is not None
    assert "incident" not in first  # the facts are read one incident at a time


def test_incidents_are_filtered_by_status_and_by_a_deadline_before(breach: Any) -> None:
    recent = register(breach, timedelta(hours=1))  # GDPR Art. 33: 72 hours from awareness, still open
    late = register(breach, timedelta(days=10))  # its 72 hours passed: missed
    status, body = get(breach, "/v1/incidents", "/v1/incidents", OFFICER, status="missed")
    assert status == 200
    assert [i["incident_id"] for i in body["incidents"]] == [late]
    status, body = get(breach, "/v1/incidents", "/v1/incidents", OFFICER, status="open")
    assert [i["incident_id"] for i in body["incidents"]] == [recent]
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    in_a_week = (datetime.now(UTC) + timedelta(days=7)).strftime("%Y-%m-%dT%H:%M:%SZ")
    status, body = get(breach, "/v1/incidents", "/v1/incidents", OFFICER, due_before=tomorrow)
    assert [i["incident_id"] for i in body["incidents"]] == [late]  # a late notice is still owed
    status, body = get(breach, "/v1/incidents", "/v1/incidents", OFFICER, due_before=in_a_week)
    assert {i["incident_id"] for i in body["incidents"]} == {recent, late}


def test_a_filtered_page_keeps_the_cursor_where_it_stopped(breach: Any) -> None:
    late = [register(breach, timedelta(days=10)) for _ in range(3)]
    for _ in range(3):
        register(breach, timedelta(hours=1))
    listed = every_page(breach, "/v1/incidents", "/v1/incidents", OFFICER, "incidents", status="missed", limit="2")
    assert [i["incident_id"] for i in listed] == late[::-1]


def test_incidents_are_listed_for_the_tokens_tenant_and_breach_roles_only(breach: Any) -> None:
    register(breach, timedelta(hours=1))
    assert get(breach, "/v1/incidents", "/v1/incidents", OTHER_TENANT)[1]["incidents"] == []
    status, body = get(breach, "/v1/incidents", "/v1/incidents", EDITOR)
    assert status == 403
    assert "privacy_officer" in body["error"]["message"]


def test_a_cursor_from_another_tenant_or_list_is_a_400_that_does_not_quote_it(breach: Any) -> None:
    register(breach, timedelta(hours=1))
    register(breach, timedelta(hours=1))
    cursor = get(breach, "/v1/incidents", "/v1/incidents", OFFICER, limit="1")[1]["next_cursor"]
    assert cursor
    status, body = get(breach, "/v1/incidents", "/v1/incidents", OTHER_TENANT, cursor=cursor)
    assert status == 400
    assert body["error"]["code"] == "bad_request"
    assert cursor not in json.dumps(body)
    status, _ = get(breach, "/v1/incidents", "/v1/incidents", OFFICER, cursor="bm90LWEtY3Vyc29y")
    assert status == 400
    status, _ = get(breach, "/v1/incidents", "/v1/incidents", OFFICER, limit="0")
    assert status == 422


def test_an_incidents_recipients_show_where_each_notice_stands(breach: Any) -> None:
    incident_id = register(breach, timedelta(hours=1))
    route, path = "/v1/incidents/{incident_id}/recipients", f"/v1/incidents/{incident_id}/recipients"
    status, body = get(breach, route, path, OFFICER)
    assert (status, body["recipients"]) == (200, [])  # registered without affected subjects
    status, _ = get(breach, route, path, OTHER_TENANT)
    assert status == 404
    status, _ = get(breach, route, path, SUBJECT)
    assert status == 403


# -- contact -----------------------------------------------------------------------------------------
def put_contact(handler: Any, subject: str, email: str) -> None:
    api_event = event("breach-contact")
    api_event["pathParameters"] = {"subject_id": subject}
    api_event["rawPath"] = f"/v1/subjects/{subject}/contact"
    api_event["body"] = json.dumps({"email": email})
    api_event["requestContext"]["authorizer"] = {"jwt": {"claims": OFFICER, "scopes": None}}
    response = handler(api_event, FakeContext())
    assert response["statusCode"] == 200, response["body"]


def test_a_subject_lists_their_contact_channels_without_the_address(breach: Any) -> None:
    route, path = "/v1/subjects/{subject_id}/contact", "/v1/subjects/cust-1001/contact"
    assert get(breach, route, path, SUBJECT)[1]["contacts"] == []
    put_contact(breach, "cust-1001", "anna@example.org")
    status, body = get(breach, route, path, SUBJECT)
    assert status == 200
    assert [c["channel"] for c in body["contacts"]] == ["email"]
    assert "anna@example.org" not in json.dumps(body)
    assert get(breach, route, path, OFFICER)[1]["contacts"] == body["contacts"]
    status, body = get(breach, route, path, OTHER_SUBJECT)
    assert status == 403
    assert "own data" in body["error"]["message"]


# -- records -----------------------------------------------------------------------------------------
@pytest.fixture
def access(stack: Stack, function_env: Any) -> Any:
    function_env("AccessFunction")
    return load_handler("access").lambda_handler


def save_records(subject: str, count: int, tenant: str = "acme") -> list[str]:
    base = ClassifiedRecord(
        tenant=tenant,
        record_id="",
        subject_id=subject,
        level=Level.CONFIDENTIAL,
        entities=(Entity(9, 25, EntityType.EMAIL, 0.99),),
        source="upload",
        created_at=datetime(2026, 3, 1, tzinfo=UTC),
        purpose="treatment",
        object_ref="uploads/acme/cust-1001/anna-smith-discharge.pdf",
        text="Write to jane@example.org",
    )
    ids = [f"rec-{subject}-{n}" for n in range(count)]
    for n, record_id in enumerate(ids):
        shared_root.record_table().save(
            replace(base, record_id=record_id, created_at=base.created_at + timedelta(hours=n))
        )
    return ids


def test_a_subject_lists_their_records_newest_first_without_text_or_file_name(access: Any) -> None:
    mine = save_records("cust-1001", 3)
    save_records("cust-1002", 2)
    save_records("cust-1001", 2, tenant="globex")
    route, path = "/v1/subjects/{subject_id}/records", "/v1/subjects/cust-1001/records"
    listed = every_page(access, route, path, SUBJECT, "records", limit="2")
    assert [r["record_id"] for r in listed] == mine[::-1]
    assert listed[0] == {
        "record_id": mine[-1],
        "created_at": "2026-03-01T02:00:00+00:00",
        "source": "upload",
        "level": "CONFIDENTIAL",
        "status": "classified",
        "purpose": "treatment",
        "entity_types": ["EMAIL"],
    }
    text = json.dumps(listed)
    assert "jane@example.org" not in text and "anna-smith" not in text
    assert len(every_page(access, route, path, OFFICER, "records")) == 3


def test_records_of_another_subject_are_refused_to_a_subject_and_an_editor(access: Any) -> None:
    save_records("cust-1001", 1)
    route, path = "/v1/subjects/{subject_id}/records", "/v1/subjects/cust-1001/records"
    for claims in (OTHER_SUBJECT, EDITOR):
        status, body = get(access, route, path, claims)
        assert status == 403, claims
        assert body["error"]["details"][0]["needed_roles"] == ["privacy_officer"]
    status, body = get(access, route, path, OTHER_TENANT)
    assert (status, body["records"]) == (200, [])


# -- consents at a past instant ----------------------------------------------------------------------
@pytest.fixture
def consent(stack: Stack, function_env: Any) -> Any:
    function_env("ConsentFunction")
    return load_handler("consent").lambda_handler


def send(handler: Any, name: str, claims: dict[str, str], **changes: Any) -> dict[str, Any]:
    api_event = event(name, headers={"content-type": "application/json"}, **changes)
    api_event["requestContext"]["authorizer"] = {"jwt": {"claims": claims, "scopes": None}}
    response = handler(api_event, FakeContext())
    assert response["statusCode"] < 300, response["body"]
    return dict(json.loads(response["body"]))


def grant(handler: Any, purpose: str) -> None:
    body = {"purpose": purpose, "lawful_basis": "consent", "notice_version": "v1", "channel": "web"}
    send(handler, "consent-grant", OFFICER, body=json.dumps(body))


def withdraw(handler: Any, purpose: str) -> None:
    path = f"/v1/subjects/cust-1001/consents/{purpose}"
    api_event: dict[str, Any] = {
        **event("consent-grant"),
        "routeKey": "DELETE /v1/subjects/{subject_id}/consents/{purpose}",
        "rawPath": path,
        "pathParameters": {"subject_id": "cust-1001", "purpose": purpose},
        "headers": {},
        "body": None,
    }
    api_event["requestContext"] = {
        **api_event["requestContext"],
        "http": {**api_event["requestContext"]["http"], "method": "DELETE", "path": path},
        "routeKey": api_event["routeKey"],
        "authorizer": {"jwt": {"claims": OFFICER, "scopes": None}},
    }
    response = handler(api_event, FakeContext())
    assert response["statusCode"] == 200, response["body"]


def test_consents_read_as_they_were_at_a_past_instant(consent: Any) -> None:
    route, path = "/v1/subjects/{subject_id}/consents", "/v1/subjects/cust-1001/consents"
    grant(consent, "marketing")
    grant(consent, "analytics")
    between = datetime.now(UTC).isoformat().replace("+00:00", "Z")
    withdraw(consent, "marketing")
    status, now_body = get(consent, route, path, SUBJECT)
    assert [c["purpose"] for c in now_body["consents"]] == ["analytics"]
    status, then = get(consent, route, path, SUBJECT, at=between)
    assert status == 200
    assert [c["purpose"] for c in then["consents"]] == ["analytics", "marketing"]
    assert then["at"] is not None
    before = (datetime.now(UTC) - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert get(consent, route, path, SUBJECT, at=before)[1]["consents"] == []
    paged = every_page(consent, route, path, SUBJECT, "consents", at=between, limit="1")
    assert [c["purpose"] for c in paged] == ["analytics", "marketing"]
    status, _ = get(consent, route, path, OTHER_SUBJECT, at=between)
    assert status == 403


# -- the officers' work queues: access and erasure requests --------------------------------------------
@pytest.fixture
def dsar(stack: Stack, function_env: Any) -> Any:
    function_env("DsarFunction")
    return load_handler("dsar").lambda_handler


@pytest.fixture
def erasure(stack: Stack, function_env: Any) -> Any:
    function_env("ErasureFunction")
    return load_handler("erasure").lambda_handler


def test_access_requests_are_listed_soonest_due_first_a_page_at_a_time(dsar: Any) -> None:
    from privacykit.roots import dsar as dsar_root

    desk = dsar_root.access_desk()
    made = [desk.request("acme", f"cust-{n}", actor="officer-7")[0] for n in range(5)]
    desk.request("globex", "cust-0", actor="officer-9")
    for request in made[:3]:
        desk.extend("acme", request.request_id, "records in three systems", actor="officer-7")
    route = "/v1/access-requests"
    listed = every_page(dsar, route, route, OFFICER, "requests", limit="2")
    assert sorted(r["request_id"] for r in listed) == sorted(r.request_id for r in made)
    assert [r["due_at"] for r in listed] == sorted(r["due_at"] for r in listed)
    assert all(r["download_url"] is None for r in listed)
    extended = every_page(dsar, route, route, OFFICER, "requests", status="extended", limit="2")
    assert {r["request_id"] for r in extended} == {r.request_id for r in made[:3]}
    received = every_page(dsar, route, route, OFFICER, "requests", status="received", limit="1")
    assert {r["request_id"] for r in received} == {r.request_id for r in made[3:]}
    assert get(dsar, route, route, OFFICER, limit="101")[0] == 422


def test_an_access_request_cursor_stays_in_its_tenant_and_its_list(dsar: Any) -> None:
    from privacykit.roots import dsar as dsar_root

    for n in range(2):
        dsar_root.access_desk().request("acme", f"cust-{n}", actor="officer-7")
    route = "/v1/access-requests"
    cursor = get(dsar, route, route, OFFICER, limit="1")[1]["next_cursor"]
    assert cursor
    status, body = get(dsar, route, route, OTHER_TENANT, cursor=cursor)
    assert status == 400 and cursor not in json.dumps(body)
    position = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))["at"]
    assert get(dsar, route, route, OFFICER, cursor=encode_cursor("erasure_requests", position))[0] == 400


def test_erasure_requests_are_listed_soonest_due_first_a_page_at_a_time(erasure: Any) -> None:
    from privacykit.roots import erasure as erasure_root

    desk = erasure_root.erasure_desk()
    made = [desk.request("acme", f"cust-{n}", actor="officer-7")[0] for n in range(5)]
    desk.request("globex", "cust-0", actor="officer-9")
    route = "/v1/erasure-requests"
    listed = every_page(erasure, route, route, OFFICER, "requests", limit="2")
    assert [r["request_id"] for r in listed] == [r.request_id for r in made]  # due in the order received
    received = every_page(erasure, route, route, OFFICER, "requests", status="received", limit="3")
    assert len(received) == 5
    assert every_page(erasure, route, route, OFFICER, "requests", status="completed", limit="2") == []
    cursor = get(erasure, route, route, OFFICER, limit="1")[1]["next_cursor"]
    status, body = get(erasure, route, route, OTHER_TENANT, cursor=cursor)
    assert status == 400 and cursor not in json.dumps(body)
