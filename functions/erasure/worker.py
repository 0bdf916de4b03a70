"""Erasure worker: behind the erasure queue (API -> SQS -> this function -> DLQ). Shreds the subject's
key first, then deletes through the subject data map and signs the certificate. A failed message is
retried by SQS (each step can run again) and parked in the dead-letter queue after three receives."""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from privacykit.observability import observability
from privacykit.queue_jobs import TenantJobMessage, process_jobs
from privacykit.roots.erasure import erasure_worker

logger, tracer, metrics = observability("erasure")


def erase(record: TenantJobMessage) -> None:
    done = erasure_worker().run(record.body.tenant, record.body.job_id)
    metrics.add_metric(name="SubjectsErased", unit=MetricUnit.Count, value=1)
    logger.info("erasure completed", extra={"request_id": done.request_id})


@logger.inject_lambda_context
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return process_jobs(event, context, erase)
