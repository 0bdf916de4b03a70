"""The daily retention sweep (EventBridge schedule, template.yaml): starts a sweep of every tenant with
an audit trail. A tenant whose previous sweep is still going gets no second one (its unfinished tasks are
queued again, so an interrupted sweep resumes). The event's content is not used."""

from __future__ import annotations

from privacykit.coldstart import end_of_cold_start

from typing import Any

from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from privacykit.observability import observability
from privacykit.roots.retention import retention_sweeper, swept_tenants

logger, tracer, metrics = observability("retention")


@logger.inject_lambda_context(correlation_id_path=correlation_paths.EVENT_BRIDGE)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, int]:
    sweeper = retention_sweeper()
    rejected = sweeper.rejected
    if rejected:
        # Names the line and the problem, never a value from it; the previous rules are in force.
        logger.error("retention policy override refused", extra={"problem": rejected})
        metrics.add_metric(name="RetentionPolicyRejected", unit=MetricUnit.Count, value=1)
    started = still_going = failed = 0
    for tenant in swept_tenants().tenants():
        try:
            _, new = sweeper.start(tenant, dry_run=False, trigger="schedule")
        except Exception as exc:  # one tenant's failure must not stop the others' sweeps
            failed += 1
            logger.warning("retention sweep not started", extra={"tenant": tenant, "error": type(exc).__name__})
            continue
        started += int(new)
        still_going += int(not new)
    if failed:
        # EventBridge retries the whole event: tenants already started answer their running sweep.
        raise RuntimeError(f"{failed} tenant sweep(s) could not be started")
    metrics.add_metric(name="RetentionSweepsStarted", unit=MetricUnit.Count, value=started)
    metrics.add_metric(name="RetentionSweepsStillGoing", unit=MetricUnit.Count, value=still_going)
    logger.info("retention sweeps started", extra={"started": started, "still_going": still_going})
    return {"started": started, "still_going": still_going}


end_of_cold_start()
