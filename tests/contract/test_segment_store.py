"""SegmentStore contract (domain/audit/ports.py), on InMemorySegments and on AuditBucket (moto): segments
and digests are written once under their name (a second writer finds the first body) and listed in
name order, per tenant."""

from __future__ import annotations

import os

import pytest

from fakes import InMemorySegments
from privacykit.adapters.audit_bucket import AuditBucket
from privacykit.adapters.aws import client
from privacykit.domain.audit.chain import SegmentCopy, segment_name
from privacykit.domain.audit.ports import DigestEntry, SegmentStore

FIRST, SECOND, TENTH = segment_name(1), segment_name(3), segment_name(10)


@pytest.fixture
def segments(backend: str) -> SegmentStore:
    if backend == "fake":
        return InMemorySegments()
    return AuditBucket(client("s3"), os.environ["AUDIT_BUCKET"], retention_days=1)


def test_a_new_tenant_has_no_segments_and_no_digests(segments: SegmentStore) -> None:
    assert segments.segments("acme") == []
    assert not segments.has_segments("acme")
    assert segments.digests("acme") == []


def test_segments_are_listed_in_name_order_with_their_one_version(segments: SegmentStore) -> None:
    segments.put_segment("acme", TENTH, b"ten\n")
    segments.put_segment("acme", FIRST, b"one\n")
    segments.put_segment("acme", SECOND, b"three\n")
    assert segments.has_segments("acme")
    assert segments.segments("acme") == [
        SegmentCopy(FIRST, (b"one\n",)),
        SegmentCopy(SECOND, (b"three\n",)),
        SegmentCopy(TENTH, (b"ten\n",)),
    ]


def test_segments_after_a_name_leave_out_that_name_and_those_before(segments: SegmentStore) -> None:
    for name in (FIRST, SECOND, TENTH):
        segments.put_segment("acme", name, name.encode())
    assert [s.name for s in segments.segments("acme", after=FIRST)] == [SECOND, TENTH]
    assert [s.name for s in segments.segments("acme", after=segment_name(5))] == [TENTH]
    assert segments.segments("acme", after=TENTH) == []


def test_a_segment_name_is_written_once_and_a_second_writer_finds_the_first_body(segments: SegmentStore) -> None:
    assert segments.put_segment("acme", FIRST, b"original\n") == b"original\n"
    assert segments.put_segment("acme", FIRST, b"forged\n") == b"original\n"
    assert segments.segments("acme") == [SegmentCopy(FIRST, (b"original\n",))]


def test_segments_are_per_tenant_even_when_one_tenant_prefixes_another(segments: SegmentStore) -> None:
    segments.put_segment("acme", FIRST, b"acme\n")
    segments.put_segment("acme2", FIRST, b"acme2\n")
    segments.put_segment("globex", SECOND, b"globex\n")
    assert segments.segments("acme") == [SegmentCopy(FIRST, (b"acme\n",))]
    assert segments.segments("acme2") == [SegmentCopy(FIRST, (b"acme2\n",))]
    assert segments.segments("globex") == [SegmentCopy(SECOND, (b"globex\n",))]


def test_digests_are_listed_by_last_sequence_number_and_read_by_it(segments: SegmentStore) -> None:
    segments.put_digest("acme", 10, b'{"last_seq": 10}')
    segments.put_digest("acme", 9, b'{"last_seq": 9}')
    segments.put_digest("globex", 1, b'{"last_seq": 1}')
    assert segments.digests("acme") == [DigestEntry(9), DigestEntry(10)]
    assert segments.digests("globex") == [DigestEntry(1)]
    assert segments.read_digest("acme", 10) == b'{"last_seq": 10}'


def test_a_digest_is_written_once(segments: SegmentStore) -> None:
    segments.put_digest("acme", 3, b"signed")
    segments.put_digest("acme", 3, b"forged")
    assert segments.digests("acme") == [DigestEntry(3)]
    assert segments.read_digest("acme", 3) == b"signed"


def test_digests_and_segments_do_not_mix(segments: SegmentStore) -> None:
    segments.put_segment("acme", FIRST, b"events\n")
    segments.put_digest("acme", 2, b"digest")
    assert segments.segments("acme") == [SegmentCopy(FIRST, (b"events\n",))]
    assert segments.digests("acme") == [DigestEntry(2)]
