"""RecordRepository contract (domain/common/records.py), on InMemoryRecords and on RecordTable (moto):
metadata and findings read without the text, the text only through ``text``, per tenant, and
unreadable once the subject's key is shredded."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from fakes import InMemoryRecords
from privacykit.adapters.aws import client
from privacykit.adapters.records import RecordTable
from privacykit.domain.common.entity_types import Entity, EntityType, Level
from privacykit.domain.common.records import ClassifiedRecord, RecordRepository
from privacykit.errors import KeyShredded, ValidationFailed
from privacykit.roots import shared as shared_root

TEXT = "Write to jane@example.org or call 555-0100."
CREATED = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def records(backend: str) -> RecordRepository:
    if backend == "fake":
        return InMemoryRecords()
    return RecordTable(client("dynamodb"), os.environ["RECORDS_TABLE"], shared_root.keyring())


@pytest.fixture
def shred(records: RecordRepository) -> Callable[[str, str], object]:
    """Erasure of a subject: the keyring deletes the subject key (the fake forgets what it sealed)."""
    return records.shred if isinstance(records, InMemoryRecords) else shared_root.keyring().shred


def _record(record_id: str = "rec-1", subject: str | None = "s-1", text: str | None = TEXT) -> ClassifiedRecord:
    return ClassifiedRecord(
        tenant="acme",
        record_id=record_id,
        subject_id=subject,
        level=Level.CONFIDENTIAL,
        entities=(Entity(9, 25, EntityType.EMAIL, 0.99), Entity(34, 42, EntityType.PHONE, 0.75)),
        source="api",
        created_at=CREATED,
        purpose="service_delivery",
        text=text,
    )


def test_a_saved_record_reads_back_equal_without_its_text(records: RecordRepository) -> None:
    record = _record()
    records.save(record)
    assert records.get("acme", "rec-1") == replace(record, text=None)


def test_an_unreadable_upload_round_trips_with_its_reason(records: RecordRepository) -> None:
    record = ClassifiedRecord(
        "acme", "rec-u", "s-1", Level.RESTRICTED, (), "upload", CREATED,
        object_ref="acme/s-1/scan.pdf", status="unreadable", reason="the PDF is encrypted",
    )  # fmt: skip
    records.save(record)
    assert records.get("acme", "rec-u") == record


def test_scores_are_kept_to_three_decimals(records: RecordRepository) -> None:
    records.save(replace(_record(), entities=(Entity(9, 25, EntityType.EMAIL, 0.87654),)))
    stored = records.get("acme", "rec-1")
    assert stored is not None
    assert [e.score for e in stored.entities] == [0.877]


def test_an_unknown_record_is_none(records: RecordRepository) -> None:
    assert records.get("acme", "rec-404") is None


def test_a_tenant_cannot_read_another_tenants_record_or_text(records: RecordRepository) -> None:
    record = _record()
    records.save(record)
    assert records.get("globex", "rec-1") is None
    assert records.text(replace(record, tenant="globex")) is None


def test_the_text_comes_back_decrypted_through_text(records: RecordRepository) -> None:
    records.save(_record())
    stored = records.get("acme", "rec-1")
    assert stored is not None
    assert records.text(stored) == TEXT


def test_a_record_saved_without_text_has_none(records: RecordRepository) -> None:
    records.save(_record("rec-1", subject="s-1", text=None))
    records.save(_record("rec-2", subject=None, text=None))
    for record_id in ("rec-1", "rec-2"):
        stored = records.get("acme", record_id)
        assert stored is not None
        assert records.text(stored) is None


def test_text_without_a_subject_is_refused_and_nothing_is_stored(records: RecordRepository) -> None:
    with pytest.raises(ValueError, match="subject"):
        records.save(_record(subject=None))
    assert records.get("acme", "rec-1") is None


def test_saving_again_replaces_the_whole_record(records: RecordRepository) -> None:
    records.save(_record())
    retried = replace(_record(text=None), level=Level.RESTRICTED, entities=(), status="unreadable", reason="bad")
    records.save(retried)
    assert records.get("acme", "rec-1") == retried
    assert records.text(retried) is None


def test_after_erasure_the_text_and_subject_id_are_unreadable_but_the_findings_are_not(
    records: RecordRepository, shred: Callable[[str, str], object]
) -> None:
    records.save(_record("rec-1", subject="s-1"))
    records.save(_record("rec-2", subject="s-2"))
    shred("acme", "s-1")
    erased = records.get("acme", "rec-1")
    assert erased == replace(_record("rec-1", subject=None), text=None)
    assert [r.record_id for r in records.by_subject("acme", "s-1", limit=10, cursor=None).items] == ["rec-1"]
    with pytest.raises(KeyShredded):
        records.text(erased)
    kept = records.get("acme", "rec-2")
    assert kept is not None
    assert records.text(kept) == TEXT


def test_a_subjects_records_are_listed_newest_first_a_page_at_a_time(records: RecordRepository) -> None:
    for n in range(5):
        records.save(replace(_record(f"rec-{n}"), created_at=CREATED.replace(hour=n)))
    records.save(_record("other", subject="s-2"))
    records.save(replace(_record("elsewhere"), tenant="globex"))

    seen: list[str] = []
    cursor = None
    for _ in range(5):
        page = records.by_subject("acme", "s-1", limit=2, cursor=cursor)
        seen += [r.record_id for r in page.items]
        assert all(r.text is None for r in page.items)
        cursor = page.next_cursor
        if cursor is None:
            break
    assert seen == ["rec-4", "rec-3", "rec-2", "rec-1", "rec-0"]


def test_a_cursor_of_another_subject_or_tenant_is_refused(records: RecordRepository) -> None:
    for n in range(3):
        records.save(replace(_record(f"rec-{n}"), created_at=CREATED.replace(hour=n)))
    cursor = records.by_subject("acme", "s-1", limit=1, cursor=None).next_cursor
    assert cursor is not None
    if isinstance(records, InMemoryRecords):
        return  # the fake's cursor counts, it has no partition to leave
    with pytest.raises(ValidationFailed):
        records.by_subject("acme", "s-2", limit=1, cursor=cursor)
    with pytest.raises(ValidationFailed):
        records.by_subject("globex", "s-1", limit=1, cursor=cursor)
    with pytest.raises(ValidationFailed):
        records.by_subject("acme", "s-1", limit=1, cursor="bm90LWEtY3Vyc29y")
