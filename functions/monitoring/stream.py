"""Monitoring on the audit event stream: the DynamoDB stream of the audit outbox (pending events as the
writers commit them, filtered in the event source mapping) -> this function -> alerts.

Each record's new image holds the event as the audit writer drafted it (pseudonyms and ids only). The
batch is evaluated at once (per-principal windows count across it); any failure fails the batch, which
Lambda retries, then splits, then parks in the dead-letter queue. Processing twice is harmless: window
entries are keyed by event and alerts are deduplicated. Per-tenant metrics (decisions by outcome,
rights requests by status, alerts by rule) are emitted here, from the events every capability audits.
"""

from __future__ import annotations

from privacykit.coldstart import end_of_cold_start

import json
import pathlib
from typing import Any

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from privacykit.observability import emit_per_tenant, observability
from privacykit.roots.monitoring import monitor

logger, tracer, metrics = observability("monitoring")

#: Each tenant's own rules ship with the function: tenant_rules/<tenant>.json (docs/monitoring.md).
TENANT_RULES = pathlib.Path(__file__).parent / "tenant_rules"


def events_of(records: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """The audit events in the stream records, and how many records held none that could be read."""
    events: list[dict[str, Any]] = []
    unreadable = 0
    for record in records:
        try:
            image = record["dynamodb"]["NewImage"]
            event = json.loads(image["event"]["S"])
        except (KeyError, TypeError, ValueError):
            unreadable += 1
            continue
        if isinstance(event, dict):
            events.append(event)
        else:
            unreadable += 1
    return events, unreadable


@logger.inject_lambda_context
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, int]:
    events, unreadable = events_of(event.get("Records") or [])
    report = monitor(TENANT_RULES).process(events)
    emit_per_tenant(metrics, report.tally)
    metrics.add_metric(name="MonitorEventsEvaluated", unit=MetricUnit.Count, value=report.events)
    unreadable += report.unreadable
    if unreadable:
        metrics.add_metric(name="MonitorEventsUnreadable", unit=MetricUnit.Count, value=unreadable)
        logger.warning("stream records without a readable audit event", extra={"count": unreadable})
    logger.info(
        "audit events monitored",
        extra={"events": report.events, "raised": len(report.raised), "suppressed": report.suppressed},
    )
    return {"events": report.events, "raised": len(report.raised), "suppressed": report.suppressed}


end_of_cold_start()
