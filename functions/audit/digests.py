"""Audit digests: the EventBridge schedule (every 5 minutes) that verifies each tenant's trail since its
last digest and then signs a digest of it, naming the previous digest.

A function of its own, so that only it may sign with the signing key (``kms:Sign``) and write digests
into the audit bucket; the verification API only verifies and reads. A broken trail is not signed: the
run counts it (``AuditChainBroken``, alarmed), logs the first broken position and records it as an
``audit.chain_broken`` event, on which monitoring raises an alert (docs/monitoring.md). Failures are retried
by EventBridge and parked in the schedule dead-letter queue.
"""

from __future__ import annotations

from privacykit.coldstart import end_of_cold_start

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
    """Sign a digest for each tenant whose sealed trail moved since its last digest and verifies.

    The event's content is not used: a retried or late delivery signs whatever moved since, and a run
    with nothing new signs nothing.
    """
    results = audit_digester().digest_all()
    signed = sum(1 for r in results if r["signed"])
    broken = [r for r in results if not r["valid"]]
    metrics.add_metric(name="AuditDigestsSigned", unit=MetricUnit.Count, value=signed)
    metrics.add_metric(name="AuditChainBroken", unit=MetricUnit.Count, value=len(broken))
    for result in broken:
        # The digester recorded it as audit.chain_broken (monitoring alerts on it).
        logger.error("audit chain broken: not signed", extra={"tenant": result["tenant"], **result["first_break"]})
    logger.info("audit digests signed", extra={"tenants": len(results), "signed": signed})
    return {"digests": signed, "broken": len(broken)}


end_of_cold_start()
