"""Times at the ends of the calendar (docs/design.md section 10: times are stored in UTC).

A time whose UTC equivalent is not a date Python can hold (``9999-12-31T23:59:59-14:00`` is in year
10000 in UTC) is a 400 naming the field, on every route that takes a time; an incident time too near
the calendar's end to count a deadline from is a 422 naming the field. Neither is a 500.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from localcloud.provision import Stack
from privacy_helpers import FakeContext, event, load_handler, with_claims
from privacykit.domain.breach.models import TRIGGER_FIELDS, Incident
from privacykit.domain.common.times import Instant

# Refused before any route adds a metric: Powertools warns that it has none to publish.
pytestmark = pytest.mark.filterwarnings("ignore:No application metrics to publish")

OFFICER = {"sub": "officer-7", "custom:tenant": "acme", "cognito:groups": "[privacy_officer]"}
#: In year 10000 and year 0 once converted to UTC.
BEYOND_UTC = ["9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "9999-12-31T10:00:00-14:00"]
#: Times in UTC, but with no room left to count a deadline (or shift to the entity's zone).
AT_THE_EDGE = ["9999-12-31T23:59:59+00:00", "9999-12-25T00:00:00+00:00", "0001-01-01T00:00:00+00:00"]


def call(handler: Any, api_event: dict[str, Any]) -> tuple[int, Any]:
    response = handler(api_event, FakeContext())
    return response["statusCode"], json.loads(response["body"])


def with_body(name: str, **changes: Any) -> dict[str, Any]:
    base = with_claims(event(name), OFFICER)
    body = json.loads(base["body"])
    body.update(changes)
    base["body"] = json.dumps({k: v for k, v in body.items() if v is not None})
    return base


def assert_names_field(answer: dict[str, Any], status: int, field: str, value: str) -> None:
    assert [d["field"] for d in answer["error"]["details"]] == [field], answer
    assert value not in json.dumps(answer)
    assert value[:4] not in answer["error"]["message"]


@pytest.fixture
def consent(stack: Stack, function_env: Any) -> Any:
    function_env("ConsentFunction")
    return load_handler("consent").lambda_handler


@pytest.fixture
def breach(stack: Stack, function_env: Any) -> Any:
    function_env("BreachFunction")
    return load_handler("breach").lambda_handler


@pytest.mark.parametrize("value", BEYOND_UTC)
def test_a_consent_expiry_beyond_utc_is_a_400_naming_the_field(consent: Any, value: str) -> None:
    status, answer = call(consent, with_body("consent-grant", expires_at=value))
    assert status == 400, answer
    assert answer["error"]["code"] == "bad_request"
    assert_names_field(answer, status, "expires_at", value)


def test_a_consent_expiry_at_the_last_utc_second_is_still_a_grant(consent: Any) -> None:
    """A far expiry a client may use for "until withdrawn" stays valid: only the unrepresentable is refused."""
    status, answer = call(consent, with_body("consent-grant", expires_at="9999-12-31T23:59:59+00:00"))
    assert status == 201, answer
    assert answer["consent"]["expires_at"] == "9999-12-31T23:59:59+00:00"


@pytest.mark.parametrize("route", ["breach-register", "breach-assessment"])
@pytest.mark.parametrize("field", TRIGGER_FIELDS)
@pytest.mark.parametrize("value", BEYOND_UTC)
def test_an_incident_time_beyond_utc_is_a_400_naming_the_field(breach: Any, route: str, field: str, value: str) -> None:
    status, answer = call(breach, with_body(route, **({"occurred_at": None} | {field: value})))
    assert status == 400, answer
    assert answer["error"]["code"] == "bad_request"
    assert_names_field(answer, status, field, value)


@pytest.mark.parametrize("route", ["breach-register", "breach-assessment"])
@pytest.mark.parametrize("field", TRIGGER_FIELDS)
@pytest.mark.parametrize("value", AT_THE_EDGE)
def test_an_incident_time_too_near_the_calendar_end_is_a_422_naming_the_field(
    breach: Any, route: str, field: str, value: str
) -> None:
    status, answer = call(breach, with_body(route, **({"occurred_at": None} | {field: value})))
    assert status == 422, answer
    assert answer["error"]["code"] == "validation_error"
    assert_names_field(answer, status, field, value)


@pytest.mark.parametrize(("route", "expected"), [("breach-assessment", 200), ("breach-register", 201)])
@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Etc/GMT+12"])
@pytest.mark.parametrize("value", ["9996-12-28T00:00:00+00:00", "0004-01-05T00:00:00+00:00"])
def test_incident_times_inside_the_margin_are_assessed_in_any_zone(
    breach: Any, route: str, expected: int, zone: str, value: str
) -> None:
    times = dict.fromkeys(TRIGGER_FIELDS, value) | {"occurred_at": None}
    status, answer = call(breach, with_body(route, entity_timezone=zone, **times))
    assert status == expected, answer


@pytest.mark.parametrize("value", BEYOND_UTC)
def test_evidence_sent_beyond_utc_is_a_400_naming_the_field(breach: Any, value: str) -> None:
    status, answer = call(breach, with_body("breach-register"))
    assert status == 201
    mark = with_body("breach-mark-sent", sent_at=value)
    incident_id = answer["incident_id"]
    mark["pathParameters"]["incident_id"] = incident_id
    mark["rawPath"] = mark["requestContext"]["http"]["path"] = (
        f"/v1/incidents/{incident_id}/obligations/{mark['pathParameters']['obligation_id']}/sent"
    )
    status, answer = call(breach, mark)
    assert status == 400, answer
    assert_names_field(answer, status, "sent_at", value)


# -- the type itself -------------------------------------------------------------------------------
class _Stamped(BaseModel):
    at: Instant


def test_instant_keeps_the_time_as_sent() -> None:
    assert _Stamped(at="2026-11-20T08:00:00+01:00").at.isoformat() == "2026-11-20T08:00:00+01:00"  # type: ignore[arg-type]
    assert _Stamped(at=datetime.max.replace(tzinfo=UTC)).at == datetime.max.replace(tzinfo=UTC)


@pytest.mark.parametrize("value", BEYOND_UTC)
def test_instant_refuses_a_time_with_no_utc_equivalent(value: str) -> None:
    with pytest.raises(ValidationError) as raised:
        _Stamped(at=value)  # type: ignore[arg-type]
    assert [e["type"] for e in raised.value.errors()] == ["time_out_of_range"]


def test_instant_refuses_a_time_without_an_offset() -> None:
    with pytest.raises(ValidationError):
        _Stamped(at="2026-11-20T08:00:00")  # type: ignore[arg-type]


def test_incident_model_names_the_field_too_near_the_end() -> None:
    facts = json.loads(event("breach-assessment")["body"]) | {"aware_at": "9999-12-30T00:00:00+00:00"}
    with pytest.raises(ValidationError) as raised:
        Incident.model_validate(facts)
    assert [e["loc"] for e in raised.value.errors()] == [("aware_at",)]
