"""Breach deadline reminders: the EventBridge schedule (every 15 minutes, see template.yaml).

A function of its own, so that the reminder run holds only what it uses (the open-deadlines index, the
reminder topic) and the API holds neither, and so that its failures are retried by EventBridge and
parked in the schedule dead-letter queue without touching the API's error rate.
"""

from __future__ import annotations

from privacykit.coldstart import end_of_cold_start

from typing import Any

from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from privacykit.observability import observability
from privacykit.roots.breach import incident_service

logger, tracer, metrics = observability("breach")


@logger.inject_lambda_context(correlation_id_path=correlation_paths.EVENT_BRIDGE)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, int]:
    """Send each open deadline's 50 % and 90 % reminders once and mark missed deadlines.

    The event carries nothing the run needs (the service reads its own clock), so a late or retried
    delivery does the same work as a punctual one; reminders already claimed are never sent twice.
    """
    counts = incident_service().remind()
    metrics.add_metric(name="BreachRemindersSent", unit=MetricUnit.Count, value=counts["reminders"])
    metrics.add_metric(name="BreachDeadlinesMissed", unit=MetricUnit.Count, value=counts["missed"])
    logger.info("breach reminders", extra=counts)
    return counts


end_of_cold_start()
