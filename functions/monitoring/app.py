"""Alerts API: a tenant's monitoring alerts, newest first with filters and a cursor (GET /v1/alerts),
and their acknowledgement (POST /v1/alerts/{alert_id}/ack, audited). Privacy officers, compliance
auditors and security admins read; privacy officers and security admins acknowledge (docs/monitoring.md).
The alerts are raised by stream.py (audit events as committed) and due_dates.py (schedule)."""

from __future__ import annotations

from privacykit.coldstart import end_of_cold_start

from typing import Annotated, Any, Literal

from aws_lambda_powertools.event_handler.openapi.params import Query
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import BaseModel, ConfigDict

from privacykit.domain.common.times import Instant
from privacykit.domain.monitoring.model import ALERT_ID_PATTERN, Alert
from privacykit.http import api_handler, current_principal, make_resolver
from privacykit.http.params import AlertIdPath
from privacykit.http.wire import Timestamp
from privacykit.observability import CORRELATION_PATH, observability
from privacykit.roots.monitoring import alert_desk

logger, tracer, metrics = observability("monitoring")
app = make_resolver(logger)

SeverityName = Literal["low", "medium", "high", "critical"]
DetailValue = str | int | float | bool | None | list[str]


class AlertView(BaseModel):
    alert_id: str
    rule_id: str
    title: str
    severity: SeverityName
    status: Literal["open", "acknowledged"]
    raised_at: Timestamp
    #: The acting principal's pseudonym, for per-principal rules (the trail query takes it as actor).
    actor: str | None
    #: Fields carried from the events: ids, levels, counts; never personal values.
    details: dict[str, DetailValue]
    event_ids: list[str]
    acknowledged_at: Timestamp | None
    acknowledged_by: str | None

    @classmethod
    def of(cls, alert: Alert) -> AlertView:
        return cls(
            alert_id=alert.alert_id,
            rule_id=alert.rule_id,
            title=alert.title,
            severity=alert.severity,  # type: ignore[arg-type]
            status=alert.status,
            raised_at=alert.raised_at.isoformat(),
            actor=alert.actor,
            details=alert.details,
            event_ids=list(alert.event_ids),
            acknowledged_at=alert.acknowledged_at.isoformat() if alert.acknowledged_at else None,
            acknowledged_by=alert.acknowledged_by,
        )


class AlertList(BaseModel):
    alerts: list[AlertView]
    #: Pass as ``cursor`` for the next page; null on the last page.
    next_cursor: str | None


@app.get("/v1/alerts")
def list_alerts(
    since: Annotated[Instant | None, Query(alias="from")] = None,
    until: Annotated[Instant | None, Query(alias="to")] = None,
    rule: Annotated[str | None, Query(pattern=r"^[a-z][a-z0-9_]{1,63}$")] = None,
    status: Annotated[Literal["open", "acknowledged"] | None, Query()] = None,
    severity: Annotated[SeverityName | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 50,
    cursor: Annotated[str | None, Query(pattern=ALERT_ID_PATTERN)] = None,
) -> AlertList:
    """List monitoring alerts.

    The tenant's alerts, newest first, filtered by period, rule, status and severity, a page at a time.
    """
    principal = current_principal(app)
    page = alert_desk().list(
        principal, since=since, until=until, rule_id=rule, status=status, severity=severity, limit=limit,
        cursor=cursor,
    )  # fmt: skip
    return AlertList(alerts=[AlertView.of(a) for a in page.alerts], next_cursor=page.cursor)


class AcknowledgeRequest(BaseModel):
    """No options: an acknowledgement carries no note (free text could carry personal values). A body,
    when sent, must be this empty object (a field the route does not know is an error, not ignored)."""

    model_config = ConfigDict(extra="forbid")


@app.post("/v1/alerts/<alert_id>/ack")
def acknowledge(alert_id: AlertIdPath, body: AcknowledgeRequest | None = None) -> AlertView:
    """Acknowledge an alert.

    Marks an open alert acknowledged by the caller, audited; an alert acknowledged already is a 409.
    """
    principal = current_principal(app)
    alert = alert_desk().acknowledge(principal, alert_id)
    metrics.add_metric(name="AlertsAcknowledged", unit=MetricUnit.Count, value=1)
    logger.info("alert acknowledged", extra={"alert_id": alert_id, "rule_id": alert.rule_id})
    return AlertView.of(alert)


_handle = api_handler(app)


@logger.inject_lambda_context(correlation_id_path=CORRELATION_PATH)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return _handle(event, context)


end_of_cold_start()
