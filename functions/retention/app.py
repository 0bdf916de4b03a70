"""Retention API (issue 12): the retention policy in force for the caller's tenant (GDPR Art. 5(1)(e),
13(2)(a)), sweeps on demand (a dry run reports what would go and touches nothing; 202, the work runs in
worker.py) and each sweep's summary. Privacy officers start sweeps; compliance auditors read too."""

from __future__ import annotations

from privacykit.coldstart import end_of_cold_start

from typing import Any

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import BaseModel, ConfigDict

from privacykit.http import api_handler, current_principal, make_resolver
from privacykit.http.params import JobIdPath
from privacykit.observability import CORRELATION_PATH, observability
from privacykit.roots.retention import retention_sweeper

logger, tracer, metrics = observability("retention")
app = make_resolver(logger)

ACTING_ROLES = ("privacy_officer",)
READING_ROLES = ("privacy_officer", "compliance_auditor")


class Rule(BaseModel):
    id: str
    level: str | None
    category: str | None
    purpose: str | None
    period: str
    action: str
    basis: str
    citation: str


class Policies(BaseModel):
    fingerprint: str
    source: str
    #: Whether every record's expiry was computed with these rules (a sweep recomputes them first).
    applied: bool
    #: Why the RetentionPolicies override was refused, naming its line; the previous rules are in force.
    rejected: str | None
    rules: list[Rule]


class SweepBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    #: Required: ``true`` reports what would go and touches nothing, ``false`` deletes and anonymises. An
    #: empty or missing body is a 422, so a sweep never runs for real by default.
    dry_run: bool


class SweepSummary(BaseModel):
    by_action: dict[str, int]
    by_reason: dict[str, int]
    by_level: dict[str, int]
    skipped: dict[str, int]
    #: Records kept by each legal hold in force (hold ids; the subjects are not named).
    held_by: dict[str, int]
    failed: int
    items_read: int
    recomputed: int


class Sweep(BaseModel):
    run_id: str
    dry_run: bool
    status: str
    trigger: str
    started_at: str
    as_of: str
    completed_at: str | None
    policy: str
    tasks_done: int
    tasks_total: int
    summary: SweepSummary


class SweepStarted(Sweep):
    #: False when the tenant's previous sweep was still going: that one is answered, no second starts.
    started: bool
    status_url: str


@app.get("/v1/retention/policies")
def policies() -> Policies:
    """Read the retention policy in force.

    The tenant's rules (level, finding type, purpose, period, action, legal basis, citation), where they
    come from, and any override refused at load.
    """
    principal = current_principal(app)
    principal.require_role(READING_ROLES)
    view = retention_sweeper().policy(principal.tenant)
    return Policies(
        fingerprint=view.policy.fingerprint,
        source=view.source,
        applied=view.applied,
        rejected=view.rejected,
        rules=[Rule.model_validate(r.view()) for r in view.rules],
    )


@app.post("/v1/retention/sweeps", status_code=202)
def start_sweep(body: SweepBody) -> SweepStarted:
    """Start a retention sweep.

    Answers 202 with the run and its status URL. ``dry_run`` is required: true reports what would go without
    touching it, false deletes and anonymises; no body is a 422. A sweep still going is returned instead of
    starting a second.
    """
    principal = current_principal(app)
    principal.require_role(ACTING_ROLES)
    run, started = retention_sweeper().start(
        principal.tenant, dry_run=body.dry_run, actor=principal.user_id, actor_roles=tuple(principal.roles)
    )
    metrics.add_metric(name="RetentionSweepsStarted", unit=MetricUnit.Count, value=1 if started else 0)
    return SweepStarted.model_validate(
        {**run.view(), "started": started, "status_url": f"/v1/retention/sweeps/{run.run_id}"}
    )


@app.get("/v1/retention/sweeps/<run_id>")
def sweep(run_id: JobIdPath) -> Sweep:
    """Read a retention sweep's summary.

    Status, counts by action, rule and level, records skipped under legal holds and items that failed.
    """
    principal = current_principal(app)
    principal.require_role(READING_ROLES)
    return Sweep.model_validate(retention_sweeper().get(principal.tenant, run_id).view())


_handle = api_handler(app)


@logger.inject_lambda_context(correlation_id_path=CORRELATION_PATH)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return _handle(event, context)


end_of_cold_start()
