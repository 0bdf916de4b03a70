"""Legal holds past their ``until``: the EventBridge schedule (hourly, template.yaml) that ends every
expired hold of every tenant with an audit trail and erases what it kept through an erasure (the hold key
shredded with its tombstone, the copy deleted, the hold's ``ended_at`` and its ``legal_hold.ended`` event
committed together; docs/legal-holds.md). Ending runs again harmlessly, so a late, retried or doubled run
changes nothing more. A tenant that fails does not stop the others; the run then fails, EventBridge retries
it and parks it in the schedule dead-letter queue. The event's content is not used."""

from __future__ import annotations

from privacykit.coldstart import end_of_cold_start

from typing import Any

from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from privacykit.observability import observability
from privacykit.roots.erasure import hold_tenants, legal_hold_table, legal_holds

logger, tracer, metrics = observability("erasure")


@logger.inject_lambda_context(correlation_id_path=correlation_paths.EVENT_BRIDGE)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, int]:
    holds, table = legal_holds(), legal_hold_table()
    tenants = ended = failed = 0
    for tenant in hold_tenants().tenants():
        tenants += 1
        try:
            ended += holds.end_expired(table.listed(tenant))
        except Exception as exc:  # one tenant's failure must not keep the others' expired holds in force
            failed += 1
            logger.warning("expired legal holds not ended", extra={"tenant": tenant, "error": type(exc).__name__})
    metrics.add_metric(name="LegalHoldsEnded", unit=MetricUnit.Count, value=ended)
    logger.info("expired legal holds ended", extra={"tenants": tenants, "ended": ended, "failed": failed})
    if failed:
        # EventBridge retries the whole event: holds already ended are skipped the second time.
        raise RuntimeError(f"expired legal holds of {failed} tenant(s) could not be ended")
    return {"tenants": tenants, "ended": ended}


end_of_cold_start()
