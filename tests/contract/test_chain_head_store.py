"""ChainHeadStore contract (domain/audit/ports.py), on InMemoryChainHeads and on ChainHeadTable (moto):
a tenant's head moves only from the head the writer read, so two writers cannot fork the chain."""

from __future__ import annotations

import os

import pytest

from fakes import InMemoryChainHeads
from privacykit.adapters.aws import client
from privacykit.adapters.chain_heads import ChainHeadTable
from privacykit.domain.audit.chain import ChainHead
from privacykit.domain.audit.ports import ChainHeadStore
from privacykit.errors import ChainConflict

H1, H2, H3 = ChainHead(1, "a" * 64), ChainHead(3, "b" * 64), ChainHead(4, "c" * 64)


@pytest.fixture
def heads(backend: str) -> ChainHeadStore:
    if backend == "fake":
        return InMemoryChainHeads()
    return ChainHeadTable(client("dynamodb"), os.environ["AUDIT_CHAIN_TABLE"])


def test_a_new_tenant_has_no_head_and_nothing_digested(heads: ChainHeadStore) -> None:
    assert heads.get("acme") is None
    assert heads.last_digest_seq("acme") == 0
    assert heads.tenants() == []


def test_the_first_head_is_set_from_none(heads: ChainHeadStore) -> None:
    heads.advance("acme", None, H1)
    assert heads.get("acme") == H1


def test_a_second_first_writer_conflicts_and_the_head_stays(heads: ChainHeadStore) -> None:
    heads.advance("acme", None, H1)
    with pytest.raises(ChainConflict):
        heads.advance("acme", None, ChainHead(1, "f" * 64))
    assert heads.get("acme") == H1


def test_the_head_advances_from_the_expected_head(heads: ChainHeadStore) -> None:
    heads.advance("acme", None, H1)
    heads.advance("acme", H1, H2)
    heads.advance("acme", H2, H3)
    assert heads.get("acme") == H3


def test_a_stale_expected_head_conflicts_and_the_head_stays(heads: ChainHeadStore) -> None:
    heads.advance("acme", None, H1)
    heads.advance("acme", H1, H2)
    with pytest.raises(ChainConflict):
        heads.advance("acme", H1, ChainHead(2, "f" * 64))
    assert heads.get("acme") == H2


def test_the_expected_hash_must_match_as_well_as_the_sequence(heads: ChainHeadStore) -> None:
    heads.advance("acme", None, H1)
    with pytest.raises(ChainConflict):
        heads.advance("acme", ChainHead(H1.seq, "f" * 64), H2)
    assert heads.get("acme") == H1


def test_an_expected_head_for_a_tenant_without_one_conflicts(heads: ChainHeadStore) -> None:
    with pytest.raises(ChainConflict):
        heads.advance("acme", H1, H2)
    assert heads.get("acme") is None


def test_each_tenant_has_its_own_head_and_all_are_listed_sorted(heads: ChainHeadStore) -> None:
    heads.advance("globex", None, H2)
    heads.advance("acme", None, H1)
    assert (heads.get("acme"), heads.get("globex")) == (H1, H2)
    assert heads.tenants() == ["acme", "globex"]


def test_the_digest_mark_is_kept_per_tenant_and_survives_the_head_moving(heads: ChainHeadStore) -> None:
    heads.advance("acme", None, H1)
    heads.advance("globex", None, H1)
    heads.set_last_digest_seq("acme", 1)
    heads.advance("acme", H1, H2)
    assert (heads.last_digest_seq("acme"), heads.last_digest_seq("globex")) == (1, 0)
    heads.set_last_digest_seq("acme", 3)
    assert heads.last_digest_seq("acme") == 3
    assert heads.get("acme") == H2
