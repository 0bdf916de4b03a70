"""Full audit verification jobs: the worker behind the verification queue (API -> SQS -> this function
-> DLQ). It walks a tenant's whole trail from the first event and keeps the result for the job's status
URL. A message that fails is retried by SQS and parked in the dead-letter queue after three receives.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from privacykit.observability import observability
from privacykit.queue_jobs import TenantJobMessage, process_jobs
from privacykit.roots.audit import verification_jobs

logger, tracer, metrics = observability("audit")


def run_job(record: TenantJobMessage) -> None:
    job = verification_jobs().run(record.body.tenant, record.body.job_id)
    valid = bool(job.result and job.result["valid"])
    metrics.add_metric(name="AuditChainVerified" if valid else "AuditChainBroken", unit=MetricUnit.Count, value=1)
    logger.info("full audit verification", extra={"job_id": job.job_id, "valid": valid})


@logger.inject_lambda_context
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return process_jobs(event, context, run_job)
