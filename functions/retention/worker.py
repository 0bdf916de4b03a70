"""Retention sweep worker, behind the sweep queue (API or schedule -> SQS -> this function -> DLQ): each
message is one task of a run (one shard of the expiry index, or the recomputation of expiries after a
policy change). A task near the Lambda time limit saves its cursor and sends itself again; an item that
fails every attempt is parked in the dead-letter queue with its reason and the task goes on; a task that
fails as a whole is retried by SQS; on its last receive it is counted as a failed task (so the run ends,
as ``failed``, and releases its lock for the next run) before the message is parked (and its alarm fires)."""

from __future__ import annotations

from privacykit.coldstart import end_of_cold_start

from typing import Any

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from privacykit.observability import observability
from privacykit.queue_jobs import TenantJob, TenantJobMessage, process_jobs
from privacykit.roots.retention import retention_sweeper

logger, tracer, metrics = observability("retention")

_METRICS = {
    "action:delete": "RetentionDeleted",
    "action:anonymise": "RetentionAnonymised",
    "skipped:held": "RetentionHeld",
    "failed": "RetentionFailed",
    "read:index": "RetentionItemsRead",
    "recomputed": "RetentionExpiriesRecomputed",
}


def _sweep(context: LambdaContext) -> Any:
    def handle(record: TenantJobMessage) -> None:
        job = record.body
        report = retention_sweeper().run_task(
            job.tenant, job.job_id, time_left=lambda: context.get_remaining_time_in_millis() / 1000
        )
        for counter, metric in _METRICS.items():
            if report.counts.get(counter):
                metrics.add_metric(name=metric, unit=MetricUnit.Count, value=report.counts[counter])
        logger.info("retention task", extra={"job_id": job.job_id, "outcome": report.outcome})
        if report.completed is not None:
            metrics.add_metric(name="RetentionSweepsCompleted", unit=MetricUnit.Count, value=1)
            logger.info("retention sweep completed", extra={"run_id": report.completed.run_id,
                                                            **report.completed.view()["summary"]})  # fmt: skip

    return handle


def give_up(job: TenantJob) -> None:
    ended = retention_sweeper().give_up_task(job.tenant, job.job_id)
    metrics.add_metric(name="RetentionTasksFailed", unit=MetricUnit.Count, value=1)
    if ended is not None:
        logger.warning("retention sweep ended with failed tasks", extra={"run_id": ended.run_id})


@logger.inject_lambda_context
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return process_jobs(event, context, _sweep(context), on_last_failure=give_up)


end_of_cold_start()
