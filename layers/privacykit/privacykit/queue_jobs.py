"""The one shape of a queue job: a message that names a tenant and a job (what ``adapters/queues.py``
sends; never a subject), handled one message at a time, so that a failure fails that message only (SQS
retries it, then parks it in the queue's dead-letter queue). Workers: ``functions/*/worker.py`` and
``functions/audit/verifications.py``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.parser.models.sqs import SqsRecordModel
from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import BaseModel, ConfigDict, Json

from privacykit.domain.common.ids import Identifier

__all__ = ["TenantJob", "TenantJobMessage", "process_jobs"]


class TenantJob(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tenant: Identifier
    job_id: Identifier


class TenantJobMessage(SqsRecordModel):
    """A message whose body is not a job fails alone (and reaches the DLQ after its retries)."""

    body: Json[TenantJob]


def process_jobs(
    event: dict[str, Any], context: LambdaContext, handle: Callable[[TenantJobMessage], None]
) -> dict[str, Any]:
    """Run ``handle`` on each message of the batch; the answer lists the ones that failed."""
    processor = BatchProcessor(event_type=EventType.SQS, model=TenantJobMessage)
    return dict(process_partial_response(event=event, record_handler=handle, processor=processor, context=context))
