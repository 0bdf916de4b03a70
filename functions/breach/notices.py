"""Individual notice worker: behind the notice queue (API -> SQS -> this function -> DLQ). Each message
names a tenant and an incident; the worker sends the incident's run of individual notices in batches
from its checkpoint, and before the Lambda time limit queues the run again to go on in the next
invocation. A redelivered message goes on from the checkpoint (a finished run does nothing); a send is
claimed before it leaves, so no subject gets a notice twice. A message failing every receive is parked in
the dead-letter queue (and its alarm fires) and the run is marked ``failed``, keeping its checkpoint: asking
for the notices again, or a redrive, resumes it."""

from __future__ import annotations

from privacykit.coldstart import end_of_cold_start

from typing import Any

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from privacykit.observability import observability
from privacykit.queue_jobs import TenantJob, TenantJobMessage, process_jobs
from privacykit.roots.breach import notice_service

logger, tracer, metrics = observability("breach")


def send(record: TenantJobMessage, context: LambdaContext) -> None:
    job = record.body
    try:
        run = notice_service().continue_individual_notices(
            job.tenant, job.job_id, time_left=lambda: context.get_remaining_time_in_millis() / 1000
        )
    except Exception as exc:
        # The type only: an exception's message is not promised to be free of personal values.
        logger.warning("notice batch failed", extra={"incident_id": job.job_id, "error": type(exc).__name__})
        raise
    if run is None:
        logger.info("no notice run under way", extra={"incident_id": job.job_id})
        return
    metrics.add_metric(name="BreachNoticeBatches", unit=MetricUnit.Count, value=run["batches"])
    logger.info("notice run", extra={"incident_id": job.job_id, "status": run["status"], "batches": run["batches"]})


def give_up(job: TenantJob) -> None:
    notice_service().fail_individual_notices(job.tenant, job.job_id)


@logger.inject_lambda_context
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return process_jobs(event, context, lambda record: send(record, context), on_last_failure=give_up)


end_of_cold_start()
