"""Rights requests near their due date: the EventBridge schedule (hourly) that raises an alert for each
open DSAR or erasure request within the rule's warning period of its due date, or past it, once a day
per request (the rule's dedup window). Failures are retried by EventBridge and parked in the schedule
dead-letter queue."""

from __future__ import annotations

from privacykit.coldstart import end_of_cold_start

import pathlib
from typing import Any

from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from privacykit.observability import emit_per_tenant, observability
from privacykit.roots.monitoring import due_date_check

logger, tracer, metrics = observability("monitoring")

TENANT_RULES = pathlib.Path(__file__).parent / "tenant_rules"


@logger.inject_lambda_context(correlation_id_path=correlation_paths.EVENT_BRIDGE)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, int]:
    """The event carries nothing the run needs: a late or retried run checks the same requests."""
    report = due_date_check(TENANT_RULES).run()
    emit_per_tenant(metrics, report.tally)
    metrics.add_metric(name="RightsRequestsOpen", unit=MetricUnit.Count, value=report.events)
    logger.info("rights request due dates", extra={"open": report.events, "raised": len(report.raised)})
    return {"open": report.events, "raised": len(report.raised), "suppressed": report.suppressed}


end_of_cold_start()
