"""Full audit verification jobs: the worker behind the verification queue (API -> SQS -> this function
-> DLQ). It walks a tenant's whole trail from the first event and keeps the result for the job's status
URL. A message that fails is retried by SQS; on its last receive the job is marked failed with the reason
before the message is parked in the dead-letter queue (and its alarm fires).
"""

from __future__ import annotations

from privacykit.coldstart import end_of_cold_start

from typing import Any

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from privacykit.observability import observability
from privacykit.queue_jobs import TenantJob, TenantJobMessage, process_jobs
from privacykit.roots.audit import verification_jobs

logger, tracer, metrics = observability("audit")

FAILED_REASON = "the verification failed on every attempt; an operator was alerted and it can be requested again"


def run_job(record: TenantJobMessage) -> None:
    job = verification_jobs().run(record.body.tenant, record.body.job_id)
    valid = bool(job.result and job.result["valid"])
    metrics.add_metric(name="AuditChainVerified" if valid else "AuditChainBroken", unit=MetricUnit.Count, value=1)
    logger.info("full audit verification", extra={"job_id": job.job_id, "valid": valid})


def give_up(job: TenantJob) -> None:
    verification_jobs().fail(job.tenant, job.job_id, FAILED_REASON)
    metrics.add_metric(name="AuditVerificationsFailed", unit=MetricUnit.Count, value=1)


@logger.inject_lambda_context
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return process_jobs(event, context, run_job, on_last_failure=give_up)


end_of_cold_start()
