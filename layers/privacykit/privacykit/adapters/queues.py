"""Work queues (SQS) whose messages name a tenant and a job (a verification, a request): never a
subject or another personal value, which stay in the job's own record."""

from __future__ import annotations

import json
from typing import Any

from privacykit.adapters.aws import translate_errors

__all__ = ["TenantJobQueue", "ParkedItemQueue"]


class TenantJobQueue:
    def __init__(self, sqs: Any, queue_url: str) -> None:
        self._sqs = sqs
        self._url = queue_url

    def send(self, tenant: str, job_id: str) -> None:
        with translate_errors("queue.send"):
            self._sqs.send_message(QueueUrl=self._url, MessageBody=json.dumps({"tenant": tenant, "job_id": job_id}))


class ParkedItemQueue:
    """A dead-letter queue that an item which failed every attempt is put in directly, with its reason
    (the retention sweep's items: the run goes on without them). Ids and an error type only."""

    def __init__(self, sqs: Any, queue_url: str) -> None:
        self._sqs = sqs
        self._url = queue_url

    def park(self, tenant: str, run_id: str, record_id: str, reason: str) -> None:
        body = {"tenant": tenant, "run_id": run_id, "record_id": record_id, "reason": reason}
        with translate_errors("queue.park"):
            self._sqs.send_message(QueueUrl=self._url, MessageBody=json.dumps(body))
