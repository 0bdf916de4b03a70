"""What every route answers the same way, because the http layer does it once (privacykit.http.api):
an unknown query parameter is a 422 as an unknown body field is; a 201 says where the new resource is
(``Location``); an ``Idempotency-Key`` repeat says it is one; a 403 names what would be needed."""

from __future__ import annotations

import json
import re
from typing import Annotated, Any

import pytest
from aws_lambda_powertools import Logger
from aws_lambda_powertools.event_handler.openapi.params import Query
from pydantic import BaseModel, ConfigDict

from localcloud.provision import Stack
from localcloud.template import load_template
from privacy_helpers import FakeContext, event, http_api_event, load_handler, with_claims
from privacykit.domain.common.principal import Principal
from privacykit.errors import Forbidden
from privacykit.http import api_handler, make_resolver
from privacykit.http.api import REPLAY_HEADER, created_location

pytestmark = pytest.mark.filterwarnings("ignore:No application metrics to publish")

_RESOURCES: dict[str, Any] = load_template()["Resources"]
#: (function logical id, method, path) of every route of the template.
ROUTES = [
    (name, event_["Properties"]["Method"].upper(), event_["Properties"]["Path"])
    for name, resource in _RESOURCES.items()
    if resource["Type"] == "AWS::Serverless::Function"
    for event_ in resource["Properties"].get("Events", {}).values()
    if event_["Type"] == "HttpApi"
]
CLAIMS = {"sub": "officer-7", "custom:tenant": "acme", "cognito:groups": "[privacy_officer]"}


def _event(
    method: str, path: str, raw_path: str, query: dict[str, str] | None = None, body: Any = None
) -> dict[str, Any]:
    return http_api_event(method, path, raw_path, CLAIMS, query=query, body=None if body is None else json.dumps(body))


# -- the mechanism, on a resolver of its own -------------------------------------------------------
app = make_resolver(Logger(service="conventions-test"))


@app.get("/things")
def list_things(status: Annotated[str | None, Query(max_length=16)] = None) -> dict[str, Any]:
    return {"things": [], "status": status}


@app.get("/needs")
def needs(purpose: Annotated[str, Query(min_length=1)]) -> dict[str, Any]:
    return {"purpose": purpose}


@app.get("/things/<thing_id>")
def read_thing(thing_id: str) -> dict[str, Any]:
    return {"thing_id": thing_id}


@app.post("/things", status_code=201)
def create_thing() -> dict[str, Any]:
    return {"thing_id": "th_0123", "name": "x"}


@app.get("/subjects/<subject_id>/things")
def list_subject_things(subject_id: str) -> dict[str, Any]:
    return {"things": []}


@app.post("/subjects/<subject_id>/things", status_code=201)
def create_subject_thing(subject_id: str) -> dict[str, Any]:
    return {"subject_id": subject_id, "count": 1}


@app.post("/listed", status_code=201)
def create_listed() -> dict[str, Any]:
    return {"listed_id": "ls_1"}  # no GET /listed/<id>, but GET /listed lists it


@app.get("/listed")
def list_listed() -> dict[str, Any]:
    return {"listed": []}


@app.post("/unread", status_code=201)
def create_unread() -> dict[str, Any]:
    return {"unread_id": "ur_1"}  # no GET route at all


@app.get("/jobs/<job_id>")
def read_job(job_id: str) -> dict[str, Any]:
    return {"job_id": job_id}


@app.post("/jobs", status_code=202)
def start_job() -> dict[str, Any]:
    return {"job_id": "job_1", "status": "queued", "status_url": "/jobs/job_1"}


@app.post("/runs", status_code=202)
def start_run() -> dict[str, Any]:
    return {"run_id": "run_1", "status": "queued", "status_url": "/runs/run_1"}  # no GET /runs/<id>


class Note(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    counts: dict[str, int] = {}


@app.post("/notes", status_code=201)
def create_note(note: Note) -> dict[str, Any]:
    return {"note_id": "nt_1"}


@app.get("/officers-only")
def officers_only() -> dict[str, Any]:
    Principal(tenant="acme", user_id="u-1", roles=frozenset({"viewer"})).require_role(
        ("privacy_officer", "compliance_auditor")
    )
    return {}


_handle = api_handler(app)


def _call(api_event: dict[str, Any]) -> tuple[int, dict[str, str], Any]:
    response = _handle(api_event, FakeContext())
    return response["statusCode"], response.get("headers") or {}, json.loads(response["body"])


def test_a_declared_query_parameter_is_accepted() -> None:
    status, _, body = _call(_event("GET", "/things", "/things", {"status": "open"}))
    assert (status, body["status"]) == (200, "open")


def test_an_unknown_query_parameter_is_a_422_naming_it_and_what_the_route_takes() -> None:
    status, _, body = _call(_event("GET", "/things", "/things", {"stauts": "open"}))
    assert status == 422
    assert body["error"]["code"] == "validation_error"
    (detail,) = body["error"]["details"]
    assert detail["field"] == "query.stauts"
    assert detail["type"] == "extra_forbidden"
    assert "status" in detail["message"]


def test_a_route_without_query_parameters_refuses_any() -> None:
    status, _, body = _call(_event("POST", "/things", "/things", {"dry_run": "1"}))
    assert status == 422
    assert "takes none" in body["error"]["details"][0]["message"]


def test_one_answer_names_a_missing_and_an_unknown_parameter() -> None:
    status, _, body = _call(_event("GET", "/needs", "/needs", {"purpse": "treatment"}))
    assert status == 422
    assert {d["field"] for d in body["error"]["details"]} == {"query.purpose", "query.purpse"}


def test_a_parameter_name_that_could_be_personal_data_is_not_quoted_back() -> None:
    name = "jane.doe@example.org"
    status, _, body = _call(_event("GET", "/things", "/things", {name: "1"}))
    assert status == 422
    assert name not in json.dumps(body)
    assert body["error"]["details"][0]["field"] == "query.<key>"


def test_a_body_key_that_could_be_personal_data_is_not_quoted_back() -> None:
    # An unknown field and a map's key are the caller's input: repeated only when they look like field names.
    name = "jane.doe@example.org SSN 219-09-9999"  # privacy-scan: ignore (invented)
    status, _, body = _call(_event("POST", "/notes", "/notes", body={"text": "x", name: 1, "colour": 2}))
    assert status == 422 and name not in json.dumps(body)
    assert {d["field"] for d in body["error"]["details"]} == {"<key>", "colour"}
    status, _, body = _call(_event("POST", "/notes", "/notes", body={"text": "x", "counts": {name: "many"}}))
    assert status == 422 and name not in json.dumps(body)
    assert [d["field"] for d in body["error"]["details"]] == ["counts.<key>"]


def test_a_201_carries_the_location_of_what_it_created() -> None:
    status, headers, _ = _call(_event("POST", "/things", "/things"))
    assert (status, headers["Location"]) == (201, "/things/th_0123")


def test_a_201_without_an_id_of_its_own_points_at_the_collection_that_lists_it() -> None:
    api_event = _event("POST", "/subjects/{subject_id}/things", "/subjects/cust-1/things")
    api_event["pathParameters"] = {"subject_id": "cust-1"}
    status, headers, _ = _call(api_event)
    assert (status, headers["Location"]) == (201, "/subjects/cust-1/things")


def test_a_location_points_only_where_a_get_answers() -> None:
    status, headers, _ = _call(_event("POST", "/listed", "/listed"))
    assert (status, headers["Location"]) == (201, "/listed")  # the collection that lists it
    status, headers, _ = _call(_event("POST", "/unread", "/unread"))
    assert status == 201 and "Location" not in headers
    status, headers, _ = _call(_event("POST", "/runs", "/runs"))
    assert status == 202 and "Location" not in headers


def test_a_202_points_at_its_status_url() -> None:
    status, headers, _ = _call(_event("POST", "/jobs", "/jobs"))
    assert (status, headers["Location"]) == (202, "/jobs/job_1")


def test_other_answers_carry_neither_location_nor_the_replay_header() -> None:
    _, headers, _ = _call(_event("GET", "/things", "/things"))
    assert "Location" not in headers
    assert REPLAY_HEADER not in headers


def test_an_id_that_is_not_a_plain_id_does_not_go_into_a_location() -> None:
    assert created_location("/things", {}, {"thing_id": "../../etc"}) == "/things"
    assert created_location("/things", {}, {"a_id": "x", "b_id": "y"}) == "/things"


def test_a_403_names_the_roles_that_would_do() -> None:
    status, _, body = _call(_event("GET", "/officers-only", "/officers-only"))
    assert status == 403
    assert body["error"]["message"] == "this needs one of the roles compliance_auditor, privacy_officer"
    assert body["error"]["details"] == [{"needed_roles": ["compliance_auditor", "privacy_officer"]}]


def test_a_403_on_another_subject_says_a_subject_acts_only_on_their_own_data() -> None:
    subject = Principal(tenant="acme", user_id="cust-1001")
    subject.require_subject_or_role("cust-1001", ("privacy_officer",))  # their own: allowed
    with pytest.raises(Forbidden) as refused:
        subject.require_subject_or_role("cust-2002", ("service", "privacy_officer"))
    assert "only on their own data" in refused.value.message
    assert "privacy_officer, service" in refused.value.message
    assert "cust-2002" not in json.dumps(refused.value.to_body())


# -- every route of the template -------------------------------------------------------------------
def test_the_template_has_routes() -> None:
    assert len(ROUTES) >= 12


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: f"{r[1]} {r[2]}")
def test_an_unknown_query_parameter_is_a_422_on_every_route(
    stack: Stack, function_env: Any, route: tuple[str, str, str]
) -> None:
    function, method, path = route
    function_env(function)
    properties = _RESOURCES[function]["Properties"]
    module = load_handler(properties["CodeUri"].strip("/").split("/")[-1], properties["Handler"].split(".")[0])
    params = dict.fromkeys(re.findall(r"\{(\w+)\}", path), "inc_0123456789abcdef0123456789abcdef")
    api_event = _event(method, path, path.format(**params), {"zz_unknown": "1"})
    api_event["pathParameters"] = params
    response = module.lambda_handler(api_event, FakeContext())
    body = json.loads(response["body"])
    assert response["statusCode"] == 422, body
    assert "query.zz_unknown" in {d["field"] for d in body["error"]["details"]}


# -- through the real handlers ---------------------------------------------------------------------
@pytest.fixture
def consent(stack: Stack, function_env: Any) -> Any:
    function_env("ConsentFunction")
    return load_handler("consent").lambda_handler


def _grant(handler: Any, **headers: str) -> dict[str, Any]:
    api_event = with_claims(event("consent-grant"), CLAIMS)
    api_event["headers"] = {"content-type": "application/json", **headers}
    response: dict[str, Any] = handler(api_event, FakeContext())
    return response


def test_a_grant_is_a_201_with_the_location_of_the_subjects_consents(consent: Any) -> None:
    response = _grant(consent)
    assert response["statusCode"] == 201
    assert response["headers"]["Location"] == "/v1/subjects/cust-1001/consents"


def test_an_idempotent_replay_says_it_is_one_and_the_first_answer_does_not(consent: Any) -> None:
    first = _grant(consent, **{"idempotency-key": "replay-1"})
    again = _grant(consent, **{"idempotency-key": "replay-1"})
    assert first["statusCode"] == again["statusCode"] == 201
    assert REPLAY_HEADER not in first["headers"]
    assert again["headers"][REPLAY_HEADER] == "true"
    assert json.loads(first["body"]) == json.loads(again["body"])
    # The flag belongs to one request: the next one, on the same warm handler, is not a replay.
    assert REPLAY_HEADER not in _grant(consent, **{"idempotency-key": "replay-2"})["headers"]


def test_a_legal_hold_is_a_201_located_at_the_list_of_holds(stack: Stack, function_env: Any) -> None:
    """No GET reads one hold (``/v1/legal-holds/<id>`` is only DELETE): the Location is the list."""
    function_env("ErasureFunction")
    handler = load_handler("erasure").lambda_handler
    body = {"subject_id": "cust-1", "scope": ["all"], "basis": "litigation", "reason": "case 12"}
    api_event = http_api_event("POST", "/v1/legal-holds", "/v1/legal-holds", CLAIMS, body=json.dumps(body))
    response = handler(api_event, FakeContext())
    assert response["statusCode"] == 201, response["body"]
    assert response["headers"]["Location"] == "/v1/legal-holds"
