"""ContactStore contract (domain/breach/ports.py), on InMemoryContacts and on ContactTable (moto): one
address per subject of a tenant, None when unknown or once the subject's key is shredded."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest

from fakes import InMemoryContacts
from privacykit.adapters.aws import client
from privacykit.adapters.contacts import ContactTable
from privacykit.domain.breach.ports import ContactStore, NoticeContact
from privacykit.roots import shared as shared_root

ANNA, ANNA_NEW, BEN = "anna@example.org", "anna.new@example.org", "ben@example.org"


@pytest.fixture
def contacts(backend: str) -> ContactStore:
    if backend == "fake":
        return InMemoryContacts()
    return ContactTable(client("dynamodb"), os.environ["CONTACT_TABLE"], shared_root.keyring())


@pytest.fixture
def shred(contacts: ContactStore) -> Callable[[str, str], object]:
    """Erasure of a subject: the keyring deletes the subject key (the fake forgets the address)."""
    return contacts.shred if isinstance(contacts, InMemoryContacts) else shared_root.keyring().shred


def test_an_address_round_trips(contacts: ContactStore) -> None:
    contacts.put_email("acme", "cust-1", ANNA)
    assert contacts.email("acme", "cust-1") == ANNA


def test_an_unknown_subject_has_no_address(contacts: ContactStore) -> None:
    contacts.put_email("acme", "cust-1", ANNA)
    assert contacts.email("acme", "cust-9") is None


def test_addresses_are_per_tenant_and_subject(contacts: ContactStore) -> None:
    contacts.put_email("acme", "cust-1", ANNA)
    contacts.put_email("acme", "cust-2", BEN)
    assert (contacts.email("acme", "cust-1"), contacts.email("acme", "cust-2")) == (ANNA, BEN)
    assert contacts.email("globex", "cust-1") is None


def test_a_new_address_replaces_the_old_one(contacts: ContactStore) -> None:
    contacts.put_email("acme", "cust-1", ANNA)
    contacts.put_email("acme", "cust-1", ANNA_NEW)
    assert contacts.email("acme", "cust-1") == ANNA_NEW


def test_a_shredded_subject_has_no_address_and_others_keep_theirs(
    contacts: ContactStore, shred: Callable[[str, str], object]
) -> None:
    contacts.put_email("acme", "cust-1", ANNA)
    contacts.put_email("acme", "cust-2", BEN)
    shred("acme", "cust-1")
    assert contacts.email("acme", "cust-1") is None
    assert contacts.email("acme", "cust-2") == BEN


def test_an_address_stored_after_erasure_is_readable(
    contacts: ContactStore, shred: Callable[[str, str], object]
) -> None:
    contacts.put_email("acme", "cust-1", ANNA)
    shred("acme", "cust-1")
    contacts.put_email("acme", "cust-1", ANNA_NEW)
    assert contacts.email("acme", "cust-1") == ANNA_NEW


def test_the_channels_on_file_are_listed_without_the_address(contacts: ContactStore) -> None:
    assert contacts.channels("acme", "cust-1", limit=10, cursor=None).items == ()
    contacts.put_email("acme", "cust-1", ANNA)
    contacts.put_email("acme", "cust-2", BEN)
    page = contacts.channels("acme", "cust-1", limit=10, cursor=None)
    assert [c.channel for c in page.items] == ["email"]
    assert page.items[0].updated_at is not None
    assert ANNA not in repr(page)
    assert contacts.channels("globex", "cust-1", limit=10, cursor=None).items == ()


def test_the_residence_is_kept_with_the_address_and_replaced_with_it(contacts: ContactStore) -> None:
    contacts.put_email("acme", "cust-1", ANNA, "EU-DE")
    assert contacts.contact("acme", "cust-1") == NoticeContact(ANNA, "EU-DE")
    contacts.put_email("acme", "cust-1", ANNA_NEW)  # a contact given again without a residence has none
    assert contacts.contact("acme", "cust-1") == NoticeContact(ANNA_NEW, None)
    assert contacts.contact("acme", "cust-9") is None


def test_the_residence_is_shredded_with_the_address(
    contacts: ContactStore, shred: Callable[[str, str], object]
) -> None:
    contacts.put_email("acme", "cust-1", ANNA, "US-CA")
    shred("acme", "cust-1")
    assert contacts.contact("acme", "cust-1") is None
