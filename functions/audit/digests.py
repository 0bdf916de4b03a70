"""Audit digests: the hourly EventBridge schedule that signs every tenant's chain head.

A function of its own, so that only it may sign with the signing key (``kms:Sign``) and write digests
into the audit bucket; the verification API only verifies and reads. Failures are retried by
EventBridge and parked in the schedule dead-letter queue.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from privacykit.observability import observability
from privacykit.roots.audit import audit_digester

logger, tracer, metrics = observability("audit")


@logger.inject_lambda_context(correlation_id_path=correlation_paths.EVENT_BRIDGE)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, int]:
    """Sign a digest for each tenant whose chain moved since its last digest.

    The event's content is not used: a retried or late delivery signs whatever moved since, and a run
    with nothing new signs nothing.
    """
    signed = audit_digester().digest_all()
    metrics.add_metric(name="AuditDigestsSigned", unit=MetricUnit.Count, value=len(signed))
    logger.info("audit digests signed", extra={"tenants": len(signed)})
    return {"digests": len(signed)}
