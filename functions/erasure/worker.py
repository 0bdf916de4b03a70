"""Erasure worker: behind the erasure queue (API -> SQS -> this function -> DLQ). Shreds the subject's
key first, then deletes through the subject data map and signs the certificate. A failed message is
retried by SQS (each step can run again); on its last receive the request is marked failed with the reason
(keeping its progress) before the message is parked in the dead-letter queue (and its alarm fires). A
redrive of the parked message finishes the request."""

from __future__ import annotations

from privacykit.coldstart import end_of_cold_start

from typing import Any

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from privacykit.observability import observability
from privacykit.queue_jobs import TenantJob, TenantJobMessage, process_jobs
from privacykit.roots.erasure import erasure_worker

logger, tracer, metrics = observability("erasure")

FAILED_REASON = (
    "the erasure failed on every attempt; an operator was alerted, and redriving its message from the "
    "dead-letter queue (or asking again) finishes it"
)


def erase(record: TenantJobMessage) -> None:
    try:
        done = erasure_worker().run(record.body.tenant, record.body.job_id)
    except Exception as exc:
        # The type only: an exception's message is not promised to be free of personal values.
        logger.warning("erasure failed", extra={"request_id": record.body.job_id, "error": type(exc).__name__})
        raise
    metrics.add_metric(name="SubjectsErased", unit=MetricUnit.Count, value=1)
    logger.info("erasure completed", extra={"request_id": done.request_id})


def give_up(job: TenantJob) -> None:
    erasure_worker().fail(job.tenant, job.job_id, FAILED_REASON)
    metrics.add_metric(name="ErasuresFailed", unit=MetricUnit.Count, value=1)


@logger.inject_lambda_context
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return process_jobs(event, context, erase, on_last_failure=give_up)


end_of_cold_start()
