"""Full verification jobs on the in-memory trail: queued, run once, audited; a job that cannot be
queued is marked failed rather than left queued for ever."""

from __future__ import annotations

import pytest

from fakes import HmacSigner, InMemoryJobs, InMemoryTrail, RecordingJobQueue
from privacykit.domain.audit.jobs import VerificationJobs
from privacykit.errors import DependencyFailure, NotFound
from privacykit.ports import AuditRecord


@pytest.fixture
def trail() -> InMemoryTrail:
    trail = InMemoryTrail(HmacSigner())
    for _ in range(3):
        trail.writer.record("acme", AuditRecord("consent.granted", "success"))
    trail.seal()
    return trail


def test_a_job_is_queued_run_once_and_both_steps_are_audited(trail: InMemoryTrail) -> None:
    store, queue = InMemoryJobs(), RecordingJobQueue()
    jobs = VerificationJobs(store, queue, trail.verifier, trail.writer)
    job = jobs.request("acme", actor="u-auditor")
    assert queue.sent == [("acme", job.job_id)] and jobs.get("acme", job.job_id).status == "queued"
    done = jobs.run("acme", job.job_id)
    assert done.status == "completed" and done.result is not None
    assert (done.result["valid"], done.result["events"]) == (True, 3)
    assert jobs.run("acme", job.job_id) == done  # a redelivered message does not run it again
    trail.seal()
    events = trail.verifier.verify_full("acme")
    assert events.valid and events.events == 5  # the request and the result are in the trail
    with pytest.raises(NotFound):
        jobs.get("globex", job.job_id)


def test_a_job_that_cannot_be_queued_is_marked_failed(trail: InMemoryTrail) -> None:
    store, queue = InMemoryJobs(), RecordingJobQueue()
    queue.fail = True
    jobs = VerificationJobs(store, queue, trail.verifier, trail.writer)
    with pytest.raises(DependencyFailure):
        jobs.request("acme", actor="u-auditor")
    (job,) = store.jobs.values()
    assert job.status == "failed" and job.reason is not None


def test_a_job_whose_message_fails_every_receive_is_marked_failed_once(trail: InMemoryTrail) -> None:
    # It stayed "running" for ever when the verification queue parked its message.
    store, queue = InMemoryJobs(), RecordingJobQueue()
    jobs = VerificationJobs(store, queue, trail.verifier, trail.writer)
    job = jobs.request("acme", actor="u-auditor")
    failed = jobs.fail("acme", job.job_id, "gave up")
    assert failed is not None and (failed.status, failed.reason) == ("failed", "gave up")
    assert jobs.run("acme", job.job_id).status == "failed"
    assert jobs.fail("acme", job.job_id, "again") == failed  # an ended job is left as it is
    trail.seal()
    assert trail.verifier.verify_full("acme").events == 5  # requested, failed: both in the trail
