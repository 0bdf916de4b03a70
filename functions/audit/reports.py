"""Compliance reports: the worker behind the report queue (API -> SQS -> this function -> DLQ). It reads
the period's events from the event index, computes the framework's figures, signs the report with the
report key and stores it as JSON and HTML beside the trail (docs/audit-reports.md). A failed message is
retried by SQS; on its last receive the report is marked failed before the message is parked in the
dead-letter queue (and its alarm fires)."""

from __future__ import annotations

from privacykit.coldstart import end_of_cold_start

from typing import Any

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from privacykit.observability import observability
from privacykit.queue_jobs import TenantJob, TenantJobMessage, process_jobs
from privacykit.roots.audit import report_worker

logger, tracer, metrics = observability("audit")

FAILED_REASON = "the report failed on every attempt; an operator was alerted and it can be requested again"


def build(record: TenantJobMessage) -> None:
    job = record.body
    try:
        done = report_worker().run(job.tenant, job.job_id)
    except Exception as exc:
        logger.warning("report failed", extra={"report_id": job.job_id, "error": type(exc).__name__})
        raise
    metrics.add_metric(name="AuditReportsBuilt", unit=MetricUnit.Count, value=1)
    logger.info("report built", extra={"report_id": done.report_id, "events": done.events})


def give_up(job: TenantJob) -> None:
    report_worker().fail(job.tenant, job.job_id, FAILED_REASON)
    metrics.add_metric(name="AuditReportsFailed", unit=MetricUnit.Count, value=1)


@logger.inject_lambda_context
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return process_jobs(event, context, build, on_last_failure=give_up)


end_of_cold_start()
