"""The one shape of a queue job: a message that names a tenant and a job (what ``adapters/queues.py``
sends; never a subject), handled one message at a time, so that a failure fails that message only (SQS
retries it, then parks it in the queue's dead-letter queue). Workers: ``functions/*/worker.py`` and
``functions/audit/verifications.py``.

A job's status must not stay ``running`` when SQS gives up on its message: a worker names what to do on
the last receive (``on_last_failure``: mark the job failed with a reason a person can act on), done just
before the message is parked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.parser.models.sqs import SqsRecordModel
from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import BaseModel, ConfigDict, Json

from privacykit.domain.common.ids import Identifier

__all__ = ["MAX_RECEIVES", "JobFailed", "TenantJob", "TenantJobMessage", "process_jobs"]

#: Receives of a job message before SQS parks it in its dead-letter queue: every job queue's
#: ``maxReceiveCount`` in template.yaml (a test holds them equal).
MAX_RECEIVES = 3


class JobFailed(Exception):
    """What a failed job raises past the batch processor: the failure's type, not its message. Powertools
    writes each failure's message and traceback into the BatchProcessingError that Lambda logs and X-Ray
    records, and an exception's message is not promised to be free of personal values."""


class TenantJob(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tenant: Identifier
    job_id: Identifier


class TenantJobMessage(SqsRecordModel):
    """A message whose body is not a job fails alone (and reaches the DLQ after its retries)."""

    body: Json[TenantJob]


def process_jobs(
    event: dict[str, Any],
    context: LambdaContext,
    handle: Callable[[TenantJobMessage], None],
    *,
    on_last_failure: Callable[[TenantJob], None] | None = None,
) -> dict[str, Any]:
    """Run ``handle`` on each message of the batch; the answer lists the ones that failed. A message
    failing on its last receive (the one after which SQS parks it) is passed to ``on_last_failure`` first."""

    def handle_one(record: TenantJobMessage) -> None:
        try:
            handle(record)
        except Exception as exc:
            if on_last_failure is not None and int(record.attributes.ApproximateReceiveCount) >= MAX_RECEIVES:
                on_last_failure(record.body)
            raise JobFailed(type(exc).__name__) from None

    processor = BatchProcessor(event_type=EventType.SQS, model=TenantJobMessage)
    return dict(process_partial_response(event=event, record_handler=handle_one, processor=processor, context=context))
