"""DSAR export worker: behind the export queue (API -> SQS -> this function -> DLQ). Builds the package
through the subject data map, signs its manifest and keeps it sealed under the subject's key. A package
too large for one invocation is built in parts: before the Lambda time limit the worker keeps a
checkpoint with the request and queues it again, and the next invocation goes on. A failed message is
retried by SQS (from the last checkpoint); on its last receive the request is marked failed with the reason before the
message is parked in the dead-letter queue (and its alarm fires)."""

from __future__ import annotations

from privacykit.coldstart import end_of_cold_start

from typing import Any

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from privacykit.observability import observability
from privacykit.queue_jobs import TenantJob, TenantJobMessage, process_jobs
from privacykit.roots.dsar import export_worker

logger, tracer, metrics = observability("dsar")

FAILED_REASON = "the export failed on every attempt; an operator was alerted and the request can be made again"


def export(record: TenantJobMessage, context: LambdaContext) -> None:
    job = record.body
    try:
        done = export_worker().run(
            job.tenant, job.job_id, time_left=lambda: context.get_remaining_time_in_millis() / 1000
        )
    except Exception as exc:
        # The type only: an exception's message is not promised to be free of personal values.
        logger.warning("export failed", extra={"request_id": job.job_id, "error": type(exc).__name__})
        raise
    if done.status != "completed":
        logger.info("export continues in the next invocation", extra={"request_id": done.request_id})
        return
    metrics.add_metric(name="SubjectsExported", unit=MetricUnit.Count, value=1)
    logger.info("export completed", extra={"request_id": done.request_id})


def give_up(job: TenantJob) -> None:
    export_worker().fail(job.tenant, job.job_id, FAILED_REASON)
    metrics.add_metric(name="ExportsFailed", unit=MetricUnit.Count, value=1)


@logger.inject_lambda_context
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return process_jobs(event, context, lambda record: export(record, context), on_last_failure=give_up)


end_of_cold_start()
