"""An export too large for one invocation (issue 11 section 2: 100,000 records must finish): the worker
stops taking items before its time runs out, keeps a checkpoint and its part with the request, queues the
request again, and the next invocation goes on; the last assembles one package holding every item once.
A crash part-way goes on from the last checkpoint. Writes of a request are conditional on its version,
so two writers that read the same version cannot both land."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from localcloud.provision import Stack
from privacykit.adapters import records as records_adapter
from privacykit.adapters.aws import client
from privacykit.adapters.exports import FRAME_BYTES
from privacykit.domain.common.entity_types import Level
from privacykit.domain.common.records import ClassifiedRecord
from privacykit.errors import Conflict, DecryptionFailed
from privacykit.roots import dsar as dsar_root
from privacykit.roots import shared as shared_root
from privacykit.roots import subject_data as subject_data_root

SUBJECT = "pat-1000"
RECORDS = 40


class Budget:
    """``time_left`` of an invocation that has time for ``items`` more checks, then is nearly out."""

    def __init__(self, items: int) -> None:
        self.left = items

    def __call__(self) -> float:
        self.left -= 1
        return 900.0 if self.left >= 0 else 1.0


@pytest.fixture
def many(stack: Stack) -> Stack:
    table = shared_root.record_table()
    for n in range(RECORDS):
        table.save(
            ClassifiedRecord(
                tenant="acme", record_id=f"rec-{n:04d}", subject_id=SUBJECT, level=Level.INTERNAL, entities=(),
                source="api", created_at=datetime(2026, 1, 1, tzinfo=UTC), purpose="service_delivery",
                text=f"=note {n}",
            )
        )  # fmt: skip
    return stack


def _queued(stack: Stack) -> int:
    url = stack.ref("DsarQueue")
    attributes = client("sqs").get_queue_attributes(QueueUrl=url, AttributeNames=["ApproximateNumberOfMessages"])
    return int(attributes["Attributes"]["ApproximateNumberOfMessages"])


def _package(stack: Stack, key: str, subject: str, request_id: str) -> zipfile.ZipFile:
    out = io.BytesIO()
    dsar_root.export_bucket()._open("acme", subject, request_id, key, out)  # the stored package, opened
    return zipfile.ZipFile(out)


def test_an_export_goes_on_across_invocations_and_holds_every_item_once(many: Stack) -> None:
    request, _ = dsar_root.access_desk().request("acme", SUBJECT, actor=SUBJECT)
    queued = _queued(many)
    worker = dsar_root.export_worker()
    slices = 0
    while True:
        slices += 1
        done = worker.run("acme", request.request_id, time_left=Budget(12))
        if done.status == "completed":
            break
        assert done.status == "in_progress" and done.checkpoint is not None
        assert _queued(many) == queued + slices  # queued itself again for the next invocation
        assert slices < 20
    assert slices >= 4  # 40 records at about 12 a slice
    assert done.package is not None and done.package.counts["classified_records"] == RECORDS
    package = _package(many, done.package.key, SUBJECT, request.request_id)
    data = json.loads(package.read("data.json"))
    ids = [item["item_id"] for item in data["items"] if item["kind"] == "classified_records"]
    assert sorted(ids) == [f"rec-{n:04d}" for n in range(RECORDS)]  # each once
    assert data["counts"]["classified_records"] == RECORDS
    rows = package.read("classified_records.csv").decode().splitlines()
    assert len(rows) == RECORDS + 1 and all(",'=note" in row for row in rows[1:])
    # The parts are gone once the package is kept.
    parts = client("s3").list_object_versions(Bucket=many.ref("ExportBucket"), Prefix="parts/")
    assert not parts.get("Versions")


def test_a_crash_in_a_later_invocation_goes_on_from_the_last_checkpoint(
    many: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    request, _ = dsar_root.access_desk().request("acme", SUBJECT, actor=SUBJECT)
    worker = dsar_root.export_worker()
    first = worker.run("acme", request.request_id, time_left=Budget(15))
    assert first.checkpoint is not None and first.checkpoint["after"] is not None
    data_map = subject_data_root.subject_data_map()
    real = data_map.export_from

    def crash_after_five(*args: Any, **kwargs: Any) -> Any:
        for n, found in enumerate(real(*args, **kwargs)):
            if n == 5:
                raise RuntimeError("the worker died")
            yield found

    monkeypatch.setattr(data_map, "export_from", crash_after_five)
    with pytest.raises(RuntimeError):
        worker.run("acme", request.request_id, time_left=Budget(15))
    stored = dsar_root.access_requests().get("acme", request.request_id)
    assert stored is not None and stored.checkpoint == first.checkpoint  # nothing of the crashed slice kept
    monkeypatch.setattr(data_map, "export_from", real)
    done = worker.run("acme", request.request_id)
    assert done.status == "completed" and done.package is not None
    data = json.loads(_package(many, done.package.key, SUBJECT, request.request_id).read("data.json"))
    ids = [item["item_id"] for item in data["items"] if item["kind"] == "classified_records"]
    assert sorted(ids) == [f"rec-{n:04d}" for n in range(RECORDS)]


def test_two_writers_of_one_version_cannot_both_land(many: Stack) -> None:
    request, _ = dsar_root.access_desk().request("acme", SUBJECT, actor=SUBJECT)
    table = dsar_root.access_requests()
    seen = table.get("acme", request.request_id)
    assert seen is not None and seen.version == 1
    dsar_root.access_desk().extend("acme", request.request_id, "complex request", actor="officer-1")
    from dataclasses import replace

    with pytest.raises(Conflict):
        table.put(replace(seen, status="in_progress"))  # read before the extension: refused
    stored = table.get("acme", request.request_id)
    assert stored is not None and stored.extended_at is not None and stored.version == 2


def test_an_officer_extending_while_the_worker_builds_keeps_the_extension(
    many: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    request, _ = dsar_root.access_desk().request("acme", SUBJECT, actor=SUBJECT)
    worker = dsar_root.export_worker()
    packages = dsar_root.export_bucket()
    real_store = packages.store

    def extend_meanwhile(*args: Any) -> Any:
        dsar_root.access_desk().extend("acme", request.request_id, "complex request", actor="officer-1")
        return real_store(*args)

    monkeypatch.setattr(packages, "store", extend_meanwhile)
    done = worker.run("acme", request.request_id)
    stored = dsar_root.access_requests().get("acme", request.request_id)
    assert stored is not None
    assert (done.status, stored.status, stored.extended_at is not None) == ("completed", "completed", True)


def test_an_officer_extending_as_the_worker_starts_keeps_the_extension_and_the_export_goes_on(
    many: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    request, _ = dsar_root.access_desk().request("acme", SUBJECT, actor=SUBJECT)
    worker = dsar_root.export_worker()
    requests = dsar_root.access_requests()
    real_get = requests.get
    reads = 0

    def extend_after_the_first_read(*args: Any) -> Any:
        nonlocal reads
        seen = real_get(*args)
        reads += 1
        if reads == 1:  # the worker has read the request; the officer's extension lands before its write
            dsar_root.access_desk().extend("acme", request.request_id, "complex request", actor="officer-1")
        return seen

    monkeypatch.setattr(requests, "get", extend_after_the_first_read)
    done = worker.run("acme", request.request_id)
    stored = real_get("acme", request.request_id)
    assert stored is not None
    assert (done.status, stored.status, stored.extended_at is not None) == ("completed", "completed", True)


# -- the classified records store reads its index a page at a time and resumes at any item -------------


@pytest.fixture
def paged(stack: Stack, monkeypatch: pytest.MonkeyPatch) -> Stack:
    """40 records whose creation order is the reverse of their id order, read 7 index keys to a page."""
    monkeypatch.setattr(records_adapter, "EXPORT_PAGE", 7)
    table = shared_root.record_table()
    for n in range(RECORDS):
        table.save(
            ClassifiedRecord(
                tenant="acme", record_id=f"rec-{n:04d}", subject_id=SUBJECT, level=Level.INTERNAL, entities=(),
                source="api", created_at=datetime(2026, 3, 1, tzinfo=UTC) - timedelta(minutes=n // 2),
                purpose="service_delivery", text=f"note {n}",
            )
        )  # fmt: skip
    return stack


def _records_in(stack: Stack, done: Any) -> list[tuple[str, Any]]:
    assert done.status == "completed" and done.package is not None
    data = json.loads(_package(stack, done.package.key, SUBJECT, done.request_id).read("data.json"))
    return [(i["item_id"], i["data"]) for i in data["items"] if i["kind"] == "classified_records"]


def _uninterrupted(stack: Stack) -> list[tuple[str, Any]]:
    request, _ = dsar_root.access_desk().request("acme", SUBJECT, actor=SUBJECT)
    return _records_in(stack, dsar_root.export_worker().run("acme", request.request_id))


@pytest.mark.parametrize("killed_after", [0, 3, 5, 7])
def test_an_export_killed_at_any_item_resumes_and_gives_the_same_records_in_the_same_order(
    paged: Stack, monkeypatch: pytest.MonkeyPatch, killed_after: int
) -> None:
    whole = _uninterrupted(paged)
    assert [item_id for item_id, _ in whole][:4] == ["rec-0038", "rec-0039", "rec-0036", "rec-0037"]  # oldest first
    assert len(whole) == RECORDS

    request, _ = dsar_root.access_desk().request("acme", SUBJECT, actor=SUBJECT)
    worker = dsar_root.export_worker()
    first = worker.run("acme", request.request_id, time_left=Budget(9))  # stops inside the second page
    assert first.checkpoint is not None and json.loads(first.checkpoint["after"])["at"][1] == "rec-0031"
    data_map = subject_data_root.subject_data_map()
    real = data_map.export_from

    def killed(*args: Any, **kwargs: Any) -> Any:
        for n, found in enumerate(real(*args, **kwargs)):
            if n == killed_after:
                raise RuntimeError("the worker died")
            yield found

    monkeypatch.setattr(data_map, "export_from", killed)
    with pytest.raises(RuntimeError):
        worker.run("acme", request.request_id, time_left=Budget(9))
    monkeypatch.setattr(data_map, "export_from", real)
    slices = 0
    while (done := worker.run("acme", request.request_id, time_left=Budget(9))).status != "completed":
        slices += 1
        assert slices < 20
    assert _records_in(paged, done) == whole


def test_a_checkpoint_kept_in_the_old_form_resumes_with_each_record_once(
    paged: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A request checkpointed by the worker before positions (a bare record id: it exported in record id
    order, all the ids sorted in memory) goes on under the paged export without losing or repeating one."""
    table = shared_root.record_table()
    paged_export = table.export_after

    def export_in_id_order(tenant: str, subject: str, after: str | None) -> Any:  # the old store's order
        for item in sorted((i for i, _ in paged_export(tenant, subject, None)), key=lambda i: i.item_id):
            if after is None or item.item_id > after:
                yield item, item.item_id

    request, _ = dsar_root.access_desk().request("acme", SUBJECT, actor=SUBJECT)
    worker = dsar_root.export_worker()
    monkeypatch.setattr(table, "export_after", export_in_id_order)
    first = worker.run("acme", request.request_id, time_left=Budget(12))
    assert first.checkpoint is not None and first.checkpoint["after"] == "rec-0012"  # the old form
    monkeypatch.undo()
    monkeypatch.setattr(records_adapter, "EXPORT_PAGE", 7)
    slices = 0
    while (done := worker.run("acme", request.request_id, time_left=Budget(9))).status != "completed":
        assert done.checkpoint is not None and json.loads(done.checkpoint["after"])["ids_after"] == "rec-0012"
        slices += 1
        assert slices < 20
    ids = [item_id for item_id, _ in _records_in(paged, done)]
    assert ids[:13] == [f"rec-{n:04d}" for n in range(13)]  # the old part, in id order
    assert sorted(ids) == [f"rec-{n:04d}" for n in range(RECORDS)]  # then the rest, each once


@pytest.mark.parametrize("size", [0, 1, FRAME_BYTES - 1, FRAME_BYTES, 2 * FRAME_BYTES + 5])
def test_a_sealed_package_opens_byte_for_byte_whatever_its_size_in_frames(stack: Stack, size: int) -> None:
    """Sealing holds one frame at a time (the source's size says which frame is last); opening checks
    the frames' order and that the last one is the last."""
    bucket, body = dsar_root.export_bucket(), bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    key, stored = bucket.store("acme", SUBJECT, "dsar_1", io.BytesIO(body))
    out = io.BytesIO()
    bucket._open("acme", SUBJECT, "dsar_1", key, out)
    assert out.getvalue() == body and stored > size
    sealed = client("s3").get_object(Bucket=stack.ref("ExportBucket"), Key=key)["Body"].read()
    client("s3").put_object(Bucket=stack.ref("ExportBucket"), Key=key, Body=sealed[: len(sealed) // 2])
    with pytest.raises(DecryptionFailed):
        bucket._open("acme", SUBJECT, "dsar_1", key, io.BytesIO())
