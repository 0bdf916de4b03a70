"""The queue-job runner: what a failed job lets out into Lambda's logs and traces."""

from __future__ import annotations

import pytest
from aws_lambda_powertools.utilities.batch.exceptions import BatchProcessingError

from privacy_helpers import FakeContext, job_record
from privacykit.queue_jobs import TenantJobMessage, process_jobs


def test_a_failed_job_lets_out_its_type_but_not_its_message() -> None:
    def handle(_: TenantJobMessage) -> None:
        raise ValueError("could not reach jane.doe@example.com at 555-0100")  # privacy-scan: ignore (invented)

    with pytest.raises(BatchProcessingError) as failed:
        process_jobs({"Records": [job_record("acme", "job-1")]}, FakeContext(), handle)  # type: ignore[arg-type]
    assert "ValueError" in str(failed.value)
    assert "jane.doe" not in str(failed.value) and "555-0100" not in str(failed.value)
