"""SubjectKeyStore contract (privacykit/crypto.py), on InMemorySubjectKeys and on SubjectKeyTable (moto):
a subject's wrapped key is created once (the first writer wins) and deleting it says whether it existed."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest

from fakes import InMemorySubjectKeys
from privacykit.adapters.aws import client
from privacykit.adapters.subject_keys import SubjectKeyTable
from privacykit.crypto import SubjectKeyStore, WrappedKey


@pytest.fixture
def keys(backend: str) -> SubjectKeyStore:
    if backend == "fake":
        return InMemorySubjectKeys()
    return SubjectKeyTable(client("dynamodb"), os.environ["SUBJECT_KEY_TABLE"])


def _key(n: int) -> WrappedKey:
    return WrappedKey(
        key_id=bytes([n]) * 16, wrapped=b"wrapped-" + bytes([n]) * 8, created_at=datetime(2026, 3, n, tzinfo=UTC)
    )


def test_an_unknown_subject_has_no_key(keys: SubjectKeyStore) -> None:
    assert keys.get("acme", "s-1") is None


def test_a_stored_key_reads_back_equal(keys: SubjectKeyStore) -> None:
    assert keys.put_if_absent("acme", "s-1", _key(1)) is True
    assert keys.get("acme", "s-1") == _key(1)


def test_the_second_put_is_refused_and_the_first_key_is_kept(keys: SubjectKeyStore) -> None:
    assert keys.put_if_absent("acme", "s-1", _key(1)) is True
    assert keys.put_if_absent("acme", "s-1", _key(2)) is False
    assert keys.get("acme", "s-1") == _key(1)


def test_keys_are_per_tenant_and_subject(keys: SubjectKeyStore) -> None:
    assert keys.put_if_absent("acme", "s-1", _key(1))
    assert keys.put_if_absent("acme", "s-2", _key(2))
    assert keys.put_if_absent("globex", "s-1", _key(3))
    assert [keys.get("acme", "s-1"), keys.get("acme", "s-2"), keys.get("globex", "s-1")] == [_key(1), _key(2), _key(3)]


def test_delete_answers_whether_a_key_was_deleted(keys: SubjectKeyStore) -> None:
    keys.put_if_absent("acme", "s-1", _key(1))
    assert keys.delete("acme", "s-1") is True
    assert keys.get("acme", "s-1") is None
    assert keys.delete("acme", "s-1") is False
    assert keys.delete("acme", "never-had-one") is False


def test_delete_removes_only_that_subjects_key(keys: SubjectKeyStore) -> None:
    keys.put_if_absent("acme", "s-1", _key(1))
    keys.put_if_absent("acme", "s-2", _key(2))
    keys.put_if_absent("globex", "s-1", _key(3))
    keys.delete("acme", "s-1")
    assert keys.get("acme", "s-2") == _key(2)
    assert keys.get("globex", "s-1") == _key(3)


def test_after_a_delete_a_new_key_can_be_created(keys: SubjectKeyStore) -> None:
    keys.put_if_absent("acme", "s-1", _key(1))
    keys.delete("acme", "s-1")
    assert keys.put_if_absent("acme", "s-1", _key(2)) is True
    assert keys.get("acme", "s-1") == _key(2)
