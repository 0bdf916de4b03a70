"""SegmentStore contract (domain/audit/ports.py), on InMemorySegments and on AuditBucket (moto): segments
and digests are written once under their name and listed in name order, per tenant."""

from __future__ import annotations

import os

import pytest

from fakes import InMemorySegments
from privacykit.adapters.audit_bucket import AuditBucket
from privacykit.adapters.aws import client
from privacykit.domain.audit.chain import SegmentCopy, segment_name
from privacykit.domain.audit.ports import SegmentStore
from privacykit.errors import Conflict

FIRST, SECOND, TENTH = segment_name(1, 2), segment_name(3, 3), segment_name(10, 12)


@pytest.fixture
def segments(backend: str) -> SegmentStore:
    if backend == "fake":
        return InMemorySegments()
    return AuditBucket(client("s3"), os.environ["AUDIT_BUCKET"], retention_days=1)


def test_a_new_tenant_has_no_segments_and_no_digests(segments: SegmentStore) -> None:
    assert segments.segments("acme") == []
    assert segments.digests("acme") == []


def test_segments_are_listed_in_name_order_with_their_one_version(segments: SegmentStore) -> None:
    segments.put_segment("acme", TENTH, b"ten\n")
    segments.put_segment("acme", FIRST, b"one\n")
    segments.put_segment("acme", SECOND, b"three\n")
    assert segments.segments("acme") == [
        SegmentCopy(FIRST, (b"one\n",)),
        SegmentCopy(SECOND, (b"three\n",)),
        SegmentCopy(TENTH, (b"ten\n",)),
    ]


def test_a_segment_name_is_written_once_and_keeps_its_first_body(segments: SegmentStore) -> None:
    segments.put_segment("acme", FIRST, b"original\n")
    with pytest.raises(Conflict):
        segments.put_segment("acme", FIRST, b"forged\n")
    assert segments.segments("acme") == [SegmentCopy(FIRST, (b"original\n",))]


def test_segments_are_per_tenant_even_when_one_tenant_prefixes_another(segments: SegmentStore) -> None:
    segments.put_segment("acme", FIRST, b"acme\n")
    segments.put_segment("acme2", FIRST, b"acme2\n")
    segments.put_segment("globex", SECOND, b"globex\n")
    assert segments.segments("acme") == [SegmentCopy(FIRST, (b"acme\n",))]
    assert segments.segments("acme2") == [SegmentCopy(FIRST, (b"acme2\n",))]
    assert segments.segments("globex") == [SegmentCopy(SECOND, (b"globex\n",))]


def test_digests_are_listed_by_last_sequence_number(segments: SegmentStore) -> None:
    segments.put_digest("acme", 10, b'{"last_seq": 10}')
    segments.put_digest("acme", 9, b'{"last_seq": 9}')
    segments.put_digest("globex", 1, b'{"last_seq": 1}')
    assert segments.digests("acme") == [b'{"last_seq": 9}', b'{"last_seq": 10}']
    assert segments.digests("globex") == [b'{"last_seq": 1}']


def test_a_digest_is_written_once(segments: SegmentStore) -> None:
    segments.put_digest("acme", 3, b"signed")
    with pytest.raises(Conflict):
        segments.put_digest("acme", 3, b"forged")
    assert segments.digests("acme") == [b"signed"]


def test_digests_and_segments_do_not_mix(segments: SegmentStore) -> None:
    segments.put_segment("acme", FIRST, b"events\n")
    segments.put_digest("acme", 2, b"digest")
    assert segments.segments("acme") == [SegmentCopy(FIRST, (b"events\n",))]
    assert segments.digests("acme") == [b"digest"]
