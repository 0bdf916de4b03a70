"""Audit sealing: the schedule that sequences the events waiting in the outbox and seals them into
segments of many events in the Object-Lock bucket (docs/design.md section 5).

A function of its own, with reserved concurrency 1: it alone may move the chain head and write
segments. A run that fails part way (a crash, an S3 timeout) leaves nothing half done that the next
run cannot finish: sequencing is one transaction, and a segment written before the crash is adopted.
"""

from __future__ import annotations

from privacykit.coldstart import end_of_cold_start

from typing import Any

from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from privacykit.observability import observability
from privacykit.roots.audit import audit_sealer

logger, tracer, metrics = observability("audit")


@logger.inject_lambda_context(correlation_id_path=correlation_paths.EVENT_BRIDGE)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, int]:
    """Seal every tenant with events in the outbox. The event's content is not used."""
    reports = audit_sealer().seal_all()
    sealed = sum(r.sealed for r in reports)
    metrics.add_metric(name="AuditEventsSealed", unit=MetricUnit.Count, value=sealed)
    logger.info("audit events sealed", extra={"tenants": len(reports), "events": sealed})
    return {"tenants": len(reports), "sequenced": sum(r.sequenced for r in reports), "sealed": sealed}


end_of_cold_start()
