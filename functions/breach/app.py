"""Breach notification API: register and assess incidents, read them with their obligations and
timeline, the authority outbox, marking notices sent, individual notices by e-mail, subjects' contact
addresses. The reminder schedule is a function of its own (reminders.py): this one publishes nothing
to the reminder topic and does not read the open-deadlines index."""

from __future__ import annotations

from privacykit.coldstart import end_of_cold_start

import dataclasses
from typing import Annotated, Any, Literal

from aws_lambda_powertools.event_handler.openapi.params import Path, Query
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import BaseModel, ConfigDict, Field

from privacykit.domain.breach import Assessment, Incident, Obligation
from privacykit.domain.breach.incidents import Evidence, NoticeStatus
from privacykit.domain.breach.notices import NoticeFacts
from privacykit.domain.breach.service import IncidentStatus, incident_from
from privacykit.domain.common.ids import Identifier
from privacykit.domain.common.pages import DEFAULT_LIMIT
from privacykit.domain.common.times import Instant
from privacykit.http import api_handler, current_principal, make_resolver
from privacykit.http.params import CursorQuery, IdempotencyKeyHeader, LimitQuery, SubjectIdPath
from privacykit.http.wire import Timestamp
from privacykit.idempotency import run_once
from privacykit.observability import CORRELATION_PATH, observability
from privacykit.roots.breach import incident_service, notice_service

logger, tracer, metrics = observability("breach")
app = make_resolver(logger)

BREACH_ROLES = ("privacy_officer", "security_admin")
CONTACT_ROLES = ("privacy_officer", "service")
IncidentId = Annotated[str, Path(pattern=r"^inc_[0-9a-f]{32}$", description="incident id")]
ObligationId = Annotated[str, Path(pattern=r"^ob-[0-9]{2,4}$", description="obligation id")]
FreeText = Annotated[str, Field(min_length=1, max_length=4000)]


class RegisterBody(Incident):
    """The incident facts (see Incident) and, optionally, the ids of the affected subjects."""

    affected_subjects: list[Identifier] = Field(default_factory=list, max_length=10_000)


class EvidenceBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sent_at: Instant
    channel: Literal["portal", "email", "post", "phone", "fax", "courier", "other"]
    reference: Annotated[str, Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.:/#+-]*$")]


class NoticeFactsBody(BaseModel):
    """Facts for the notices that the incident does not hold. Given to POST .../notices they are sent
    and not kept (over the ones kept); given to PUT .../notice-facts they are kept, sealed."""

    model_config = ConfigDict(extra="forbid")

    nature: FreeText | None = None
    contact_point: FreeText | None = None
    measures: FreeText | None = None
    individual_steps: FreeText | None = None
    material_impact: FreeText | None = None
    delay_reasons: FreeText | None = None


class NoticeFactsView(NoticeFactsBody):
    """The notice facts kept for the incident, after this change."""

    incident_id: str


class ContactBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # A domain of two labels or more, none empty (`a@example..com` is no address a notice could reach).
    email: Annotated[str, Field(max_length=254, pattern=r"^[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+$")]
    residence: Annotated[
        str | None,
        Field(
            max_length=16,
            description="residence key of the breach taxonomy (EU-DE, US-CA, UK, ...): which laws' notices the "
            "subject gets; without it only those of laws that apply whatever the residence",
            examples=["EU-DE"],
        ),
    ] = None


class NoticeRun(BaseModel):
    """A run of individual notices: queued (202), then sent by the notice worker in batches; the counts
    grow as it goes (GET /v1/incidents/{incident_id}/recipients says who). ``failed``: the worker failed on
    every attempt; asking for the notices again resumes the run from its checkpoint."""

    model_config = ConfigDict(extra="forbid")

    incident_id: str
    run_id: str
    status: Literal["queued", "running", "completed", "failed"]
    started_at: Timestamp
    batches: int
    sent: int
    already_notified: int
    no_contact: int
    failed: int
    interrupted: int
    residence_unknown: int
    no_notice_owed: int
    obligations_marked_sent: list[str]


# -- answers. The service answers these routes with dicts (its tests read them), validated here;
# -- extra="forbid", so a key the service adds without declaring it here fails every test of the route
# -- instead of silently vanishing from the response.
class EvidenceOut(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sent_at: Timestamp
    channel: str
    reference: str


class ObligationView(Obligation):
    """An obligation of a registered incident: the assessment's obligation with its id, its status
    ("missed" as soon as the deadline passed, before the schedule records it), reminders and evidence."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    obligation_id: str
    status: Literal["open", "sent", "missed"]
    reminders_sent: list[str]
    evidence: EvidenceOut | None


class RegisteredIncident(BaseModel):
    model_config = ConfigDict(extra="forbid")

    incident_id: str
    registered_at: Timestamp
    rules_version: str
    obligations: list[ObligationView]
    warnings: list[str]


class TimelineEntryOut(BaseModel):
    model_config = ConfigDict(extra="forbid")

    at: Timestamp
    type: str
    details: dict[str, str | int | None]


class IncidentView(BaseModel):
    model_config = ConfigDict(extra="forbid")

    incident_id: str
    registered_at: Timestamp
    rules_version: str
    incident: Incident
    affected_subjects: Annotated[int, Field(description="how many subjects were registered as affected")]
    warnings: list[str]
    obligations: list[ObligationView]
    timeline: list[TimelineEntryOut]


class DraftNotice(BaseModel):
    """The draft of a notice still to be sent to a recipient other than the individuals."""

    model_config = ConfigDict(extra="forbid")

    obligation_id: str
    rule_id: str
    recipient: str
    recipient_name: str
    deadline: Timestamp | None
    qualifier: str
    status: Literal["open", "missed"]
    sections: dict[str, str]
    incomplete: list[str]
    text: str


class Outbox(BaseModel):
    model_config = ConfigDict(extra="forbid")

    incident_id: str
    drafts: list[DraftNotice]


class ContactStored(BaseModel):
    """The address is stored sealed and never read back: the answer only says that it was."""

    model_config = ConfigDict(extra="forbid")

    subject_id: str
    email: Literal["stored"]
    residence: Literal["stored"] | None


class ObligationCounts(BaseModel):
    model_config = ConfigDict(extra="forbid")

    open: int
    sent: int
    missed: int


class IncidentSummary(BaseModel):
    """An incident as the list shows it: read GET /v1/incidents/{incident_id} for its facts."""

    model_config = ConfigDict(extra="forbid")

    incident_id: str
    registered_at: Timestamp
    status: Annotated[
        IncidentStatus,
        Field(description="missed: an obligation missed its deadline; open: one is still to send; else closed"),
    ]
    affected_subjects: int
    obligations: ObligationCounts
    next_deadline: Annotated[Timestamp | None, Field(description="the earliest deadline still to meet")]


class IncidentList(BaseModel):
    model_config = ConfigDict(extra="forbid")

    incidents: list[IncidentSummary]
    next_cursor: Annotated[str | None, Field(description="pass as cursor for the next page; null on the last")]


class ContactChannelView(BaseModel):
    model_config = ConfigDict(extra="forbid")

    channel: Literal["email"]
    updated_at: Timestamp | None


class ContactChannels(BaseModel):
    """What is on file to reach the subject; the address itself is sealed and never read back."""

    model_config = ConfigDict(extra="forbid")

    subject_id: str
    contacts: list[ContactChannelView]
    next_cursor: Annotated[str | None, Field(description="pass as cursor for the next page; null on the last")]


class RecipientView(BaseModel):
    model_config = ConfigDict(extra="forbid")

    subject_id: str
    status: Annotated[
        NoticeStatus,
        Field(
            description="notified; no address on file; refused by the mail provider; interrupted (a send was "
            "started but its outcome not recorded: never sent again, check the mail log); residence_unknown "
            "(no law applying whatever the residence owed a notice); no_notice_owed (under the laws of their "
            "residence); or pending (not tried yet)"
        ),
    ]
    at: Annotated[Timestamp | None, Field(description="when notified, or when the last attempt failed")]
    rules_sent: Annotated[list[str], Field(description="the rules whose notice reached them, one e-mail each")]


class Recipients(BaseModel):
    """Where each affected subject's notice stands: whom to reach another way (post, substitute notice)."""

    model_config = ConfigDict(extra="forbid")

    incident_id: str
    recipients: list[RecipientView]
    next_cursor: Annotated[str | None, Field(description="pass as cursor for the next page; null on the last")]


def _officer() -> Any:
    principal = current_principal(app)
    principal.require_role(BREACH_ROLES)
    return principal


@app.post("/v1/incidents", status_code=201)
def register(body: RegisterBody, idempotency_key: IdempotencyKeyHeader = None) -> RegisteredIncident:
    """Register a breach incident.

    Assesses the incident against every regime's rules and stores it with its obligations (deadline in the
    entity's time zone, or null with a qualifier), its warnings and the affected subjects (sealed).
    """
    principal = _officer()
    incident = incident_from(body.model_dump(exclude={"affected_subjects"}))

    def run() -> dict[str, Any]:
        return incident_service().register(
            principal.tenant,
            incident,
            affected_subjects=body.affected_subjects,
            actor=principal.user_id,
            actor_roles=tuple(principal.roles),
        )

    metrics.add_metric(name="BreachIncidentRegistered", unit=MetricUnit.Count, value=1)
    if idempotency_key is None:
        return RegisteredIncident.model_validate(run())
    scope = f"breach.register#{principal.tenant}#{principal.user_id}"
    return RegisteredIncident.model_validate(
        run_once(scope, idempotency_key, body.model_dump(mode="json"), run, app.lambda_context, tenant=principal.tenant)
    )


@app.post("/v1/incidents/assessments")
def assessment(body: Incident) -> Assessment:
    """Assess an incident without storing it.

    What would be owed, to whom and by when, for these facts; nothing is stored.
    """
    principal = _officer()
    return incident_service().assess(
        principal.tenant, body, actor=principal.user_id, actor_roles=tuple(principal.roles)
    )


@app.get("/v1/incidents")
def list_incidents(
    status: Annotated[IncidentStatus | None, Query(description="only incidents in this status")] = None,
    due_before: Annotated[
        Instant | None, Query(description="only incidents with a notice not sent yet due before this time")
    ] = None,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> IncidentList:
    """List incidents.

    Latest registered first, a page at a time, with each incident's status and next deadline; filter by status
    or by a notice due before a time.
    """
    principal = _officer()
    page = incident_service().listed(principal.tenant, status=status, due_before=due_before, limit=limit, cursor=cursor)
    return IncidentList.model_validate({"incidents": list(page.items), "next_cursor": page.next_cursor})


@app.get("/v1/incidents/<incident_id>")
def get_incident(incident_id: IncidentId) -> IncidentView:
    """Read an incident.

    Its facts, obligations with their status (missed as soon as a deadline passed), evidence and timeline.
    """
    principal = _officer()
    return IncidentView.model_validate(incident_service().get(principal.tenant, incident_id))


@app.get("/v1/incidents/<incident_id>/outbox")
def outbox(incident_id: IncidentId) -> Outbox:
    """Draft the notices still to send.

    One draft per obligation not sent yet whose recipient is not the individuals, with the sections still to complete.
    """
    principal = _officer()
    return Outbox.model_validate(incident_service().outbox(principal.tenant, incident_id))


@app.post("/v1/incidents/<incident_id>/obligations/<obligation_id>/sent")
def mark_sent(incident_id: IncidentId, obligation_id: ObligationId, body: EvidenceBody) -> ObligationView:
    """Mark a notice sent.

    Records when and how the notice of one obligation was sent, with a reference, on the incident's timeline.
    """
    principal = _officer()
    evidence = Evidence(sent_at=body.sent_at, channel=body.channel, reference=body.reference)
    view = incident_service().mark_sent(
        principal.tenant,
        incident_id,
        obligation_id,
        evidence,
        actor=principal.user_id,
        actor_roles=tuple(principal.roles),
    )
    return ObligationView.model_validate(view)


@app.put("/v1/incidents/<incident_id>/notice-facts")
def complete_notice_facts(incident_id: IncidentId, body: NoticeFactsBody) -> NoticeFactsView:
    """Give the facts the notices need.

    Nature, contact point, measures, steps for individuals, material impact, reasons for delay: each one
    given replaces the one kept, the others stay. The outbox drafts and the individuals notice use them
    (kept sealed; the audit trail and timeline name the fields, never their text).
    """
    principal = _officer()
    facts = incident_service().complete_facts(
        principal.tenant,
        incident_id,
        NoticeFacts(**body.model_dump()),
        actor=principal.user_id,
        actor_roles=tuple(principal.roles),
    )
    return NoticeFactsView(incident_id=incident_id, **dataclasses.asdict(facts))


@app.post("/v1/incidents/<incident_id>/notices", status_code=202)
def individual_notices(
    incident_id: IncidentId, body: NoticeFactsBody, idempotency_key: IdempotencyKeyHeader = None
) -> NoticeRun:
    """Queue the individuals notices.

    Answers 202 with the run: the notice worker e-mails each affected subject with an address on file, in
    batches, the notice of each law that applies to their residence (one e-mail per law), each send recorded
    once. The facts given are kept (over the ones kept). While a run is under way, asking again answers it.
    """
    principal = _officer()

    def run() -> dict[str, Any]:
        return notice_service().start_individual_notices(
            principal.tenant,
            incident_id,
            NoticeFacts(**body.model_dump()),
            actor=principal.user_id,
            actor_roles=tuple(principal.roles),
        )

    if idempotency_key is None:
        result = run()
    else:
        scope = f"breach.notices#{principal.tenant}#{incident_id}"
        result = run_once(
            scope, idempotency_key, body.model_dump(mode="json"), run, app.lambda_context, tenant=principal.tenant
        )
    metrics.add_metric(name="BreachNoticeRunsQueued", unit=MetricUnit.Count, value=1)
    return NoticeRun.model_validate(result)


@app.get("/v1/incidents/<incident_id>/recipients")
def notice_recipients(
    incident_id: IncidentId, limit: LimitQuery = DEFAULT_LIMIT, cursor: CursorQuery = None
) -> Recipients:
    """List the affected subjects and where each one's notice stands.

    Notified, no address on file, refused by the mail provider at the last attempt, or not tried yet: the
    individuals the e-mail notice did not reach, for an officer to reach another way.
    """
    principal = _officer()
    page = incident_service().recipients(principal.tenant, incident_id, limit=limit, cursor=cursor)
    return Recipients.model_validate(
        {"incident_id": incident_id, "recipients": list(page.items), "next_cursor": page.next_cursor}
    )


@app.put("/v1/subjects/<subject_id>/contact")
def put_contact(subject_id: SubjectIdPath, body: ContactBody) -> ContactStored:
    """Store a subject's notice address and residence.

    Sealed under the subject's key (erasure shreds them) and never read back; the residence (a key of the
    breach taxonomy) decides which laws' notices the subject gets. Replaces both; the subject or an officer.
    """
    principal = current_principal(app)
    principal.require_subject_or_role(subject_id, CONTACT_ROLES)
    stored = incident_service().store_contact(
        principal.tenant,
        subject_id,
        body.email,
        residence=body.residence,
        actor=principal.user_id,
        actor_roles=tuple(principal.roles),
    )
    return ContactStored.model_validate(stored)


@app.get("/v1/subjects/<subject_id>/contact")
def list_contact(
    subject_id: SubjectIdPath, limit: LimitQuery = DEFAULT_LIMIT, cursor: CursorQuery = None
) -> ContactChannels:
    """List the contact channels on file for a subject.

    The channel and when it was set, never the address itself; the subject or an officer.
    """
    principal = current_principal(app)
    principal.require_subject_or_role(subject_id, CONTACT_ROLES)
    page = incident_service().contact_channels(principal.tenant, subject_id, limit=limit, cursor=cursor)
    return ContactChannels.model_validate(
        {"subject_id": subject_id, "contacts": list(page.items), "next_cursor": page.next_cursor}
    )


_handle = api_handler(app)


@logger.inject_lambda_context(correlation_id_path=CORRELATION_PATH)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return _handle(event, context)


end_of_cold_start()
