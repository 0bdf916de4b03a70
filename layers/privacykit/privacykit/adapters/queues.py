"""Work queues (SQS) whose messages name a tenant and a job (a verification, a request): never a
subject or another personal value, which stay in the job's own record."""

from __future__ import annotations

import json
from typing import Any

from privacykit.adapters.aws import translate_errors

__all__ = ["TenantJobQueue"]


class TenantJobQueue:
    def __init__(self, sqs: Any, queue_url: str) -> None:
        self._sqs = sqs
        self._url = queue_url

    def send(self, tenant: str, job_id: str) -> None:
        with translate_errors("queue.send"):
            self._sqs.send_message(QueueUrl=self._url, MessageBody=json.dumps({"tenant": tenant, "job_id": job_id}))
