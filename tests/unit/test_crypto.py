"""Per-subject envelope encryption and crypto-shredding."""

from __future__ import annotations

from collections import Counter

import pytest

from localcloud.provision import Stack
from privacykit.adapters.aws import client
from privacykit.adapters.kms import KmsDataKeys
from privacykit.adapters.subject_keys import SubjectKeyTable
from privacykit.crypto import SubjectKeyring
from privacykit.errors import DecryptionFailed, KeyShredded
from privacykit.roots import shared as shared_root


class CountingProvider:
    def __init__(self, inner: KmsDataKeys) -> None:
        self.inner = inner
        self.calls: Counter[str] = Counter()
        self.contexts: list[dict[str, str]] = []

    def generate(self, context: dict[str, str]) -> tuple[bytes, bytes]:
        self.calls["generate"] += 1
        self.contexts.append(context)
        return self.inner.generate(context)

    def unwrap(self, wrapped: bytes, context: dict[str, str]) -> bytes:
        self.calls["unwrap"] += 1
        self.contexts.append(context)
        return self.inner.unwrap(wrapped, context)


def _keyring(stack: Stack, ttl: float = 300) -> tuple[SubjectKeyring, CountingProvider]:
    provider = CountingProvider(KmsDataKeys(client("kms"), stack.ref("DataKey")))
    store = SubjectKeyTable(client("dynamodb"), stack.ref("SubjectKeyTable"))
    return SubjectKeyring(provider, store, cache_ttl_seconds=ttl), provider


def test_value_round_trips_under_the_subject_key(stack: Stack) -> None:
    keyring, _ = _keyring(stack)
    sealed = keyring.encrypt("acme", "s-1", "rec-1", b"jane@example.com")
    assert b"jane@example.com" not in sealed
    assert keyring.decrypt("acme", "s-1", "rec-1", sealed) == b"jane@example.com"


def test_ciphertext_is_bound_to_its_record_and_subject(stack: Stack) -> None:
    keyring, _ = _keyring(stack)
    sealed = keyring.encrypt("acme", "s-1", "rec-1", b"value")
    with pytest.raises(DecryptionFailed):
        keyring.decrypt("acme", "s-1", "rec-2", sealed)
    keyring.encrypt("acme", "s-2", "rec-1", b"other subject")
    with pytest.raises(KeyShredded):  # another subject's key has another key id
        keyring.decrypt("acme", "s-2", "rec-1", sealed)


def test_subject_key_is_generated_once_and_stored_only_wrapped(stack: Stack) -> None:
    keyring, provider = _keyring(stack)
    keyring.encrypt("acme", "s-1", "r", b"a")
    keyring.encrypt("acme", "s-1", "r", b"b")
    assert provider.calls["generate"] == 2  # the tenant's pseudonym key, then the subject's key
    item = client("dynamodb").get_item(
        TableName=stack.ref("SubjectKeyTable"),
        Key={"tenant": {"S": "acme"}, "subject": {"S": keyring.pseudonym("acme", "s-1")}},
    )["Item"]
    assert set(item) == {"tenant", "subject", "key_id", "wrapped", "created_at"}


def test_the_key_table_and_kms_context_name_the_subject_by_pseudonym_only(stack: Stack) -> None:
    """The sort key was the subject id, and KMS's encryption context (logged by CloudTrail) held it."""
    keyring, provider = _keyring(stack)
    keyring.encrypt("acme", "pat-4711", "r", b"a")
    items = client("dynamodb").scan(TableName=stack.ref("SubjectKeyTable"))["Items"]
    assert "pat-4711" not in str(items)
    assert all("pat-4711" not in str(context) for context in provider.contexts)


def test_cache_hit_skips_kms_and_expiry_goes_back_to_it(stack: Stack) -> None:
    keyring, provider = _keyring(stack)
    sealed = keyring.encrypt("acme", "s-1", "r", b"a")
    keyring.decrypt("acme", "s-1", "r", sealed)
    assert provider.calls["unwrap"] == 0
    cold, cold_provider = _keyring(stack, ttl=0)
    cold.decrypt("acme", "s-1", "r", sealed)
    cold.decrypt("acme", "s-1", "r", sealed)
    assert cold_provider.calls["unwrap"] == 4  # each time the pseudonym key (the name) and the subject key


def test_copy_taken_before_erasure_cannot_be_decrypted_after_it(stack: Stack) -> None:
    keyring, _ = _keyring(stack)
    backup_copy = keyring.encrypt("acme", "s-1", "rec-1", b"diagnosis: asthma")
    assert keyring.shred("acme", "s-1") is True
    with pytest.raises(KeyShredded):
        keyring.decrypt("acme", "s-1", "rec-1", backup_copy)
    # A fresh process (no cache) cannot either, and a new key for the same subject does not help.
    fresh, _ = _keyring(stack)
    fresh.encrypt("acme", "s-1", "rec-2", b"new data after erasure")
    with pytest.raises(KeyShredded):
        fresh.decrypt("acme", "s-1", "rec-1", backup_copy)


def test_a_value_sealed_for_the_pseudonym_opens_from_the_pseudonym_alone_until_erasure(stack: Stack) -> None:
    keyring, _ = _keyring(stack)
    sealed = keyring.encrypt_for_pseudonym("acme", "s-1", "rec-1#ids", b"s-1")
    pseudonym = keyring.pseudonym("acme", "s-1")
    assert b"s-1" not in sealed
    assert keyring.decrypt_by_pseudonym("acme", pseudonym, "rec-1#ids", sealed) == b"s-1"
    with pytest.raises(DecryptionFailed):  # bound to its record, and to the pseudonym, not the id
        keyring.decrypt_by_pseudonym("acme", pseudonym, "rec-2#ids", sealed)
    with pytest.raises(DecryptionFailed):
        keyring.decrypt("acme", "s-1", "rec-1#ids", sealed)
    with pytest.raises(DecryptionFailed):  # a reserved key name is not a pseudonym
        keyring.decrypt_by_pseudonym("acme", "#pseudonym-key", "rec-1#ids", sealed)
    fresh, _ = _keyring(stack)  # a cold process finds the key by the pseudonym it is stored under
    assert fresh.decrypt_by_pseudonym("acme", pseudonym, "rec-1#ids", sealed) == b"s-1"
    assert keyring.shred("acme", "s-1") is True  # drops what the pseudonym read cached, too
    with pytest.raises(KeyShredded):
        keyring.decrypt_by_pseudonym("acme", pseudonym, "rec-1#ids", sealed)


def test_shred_of_unknown_subject_reports_false(stack: Stack) -> None:
    keyring, _ = _keyring(stack)
    assert keyring.shred("acme", "never-seen") is False


def test_pseudonyms_are_stable_per_tenant_and_unlinkable_across_tenants(stack: Stack) -> None:
    keyring = shared_root.keyring()
    first = keyring.pseudonym("acme", "s-1")
    assert first == keyring.pseudonym("acme", "s-1")
    assert first != keyring.pseudonym("globex", "s-1")
    assert first != keyring.pseudonym("acme", "s-2")
    assert "s-1" not in first


def test_a_consent_recorded_while_another_process_shredded_the_key_is_sealed_under_the_new_one(stack: Stack) -> None:
    from privacykit.adapters.consents import ConsentTable
    from privacykit.domain.consent.model import ConsentEvent
    from privacykit.ports import utc_now

    api, worker = _keyring(stack)[0], _keyring(stack)[0]  # two Lambdas, each with its own key cache
    table = ConsentTable(client("dynamodb"), stack.ref("ConsentTable"), api)
    first = ConsentEvent("e-1", "analytics", "grant", utc_now(), "rcpt_1", "subject", lawful_basis="consent")
    table.append("acme", "s-9", first)  # the API's cache now holds the subject's key
    assert worker.shred("acme", "s-9") is True  # the erasure worker shreds it
    again = ConsentEvent("e-2", "marketing", "grant", utc_now(), "rcpt_2", "subject", lawful_basis="consent")
    table.append("acme", "s-9", again)
    fresh, _ = _keyring(stack)
    history = ConsentTable(client("dynamodb"), stack.ref("ConsentTable"), fresh).history("acme", "s-9")
    assert [(e.event_id, e.erased) for e in history] == [("e-1", True), ("e-2", False)]
    assert history[1].lawful_basis == "consent"


def test_a_value_written_while_another_process_shredded_the_key_is_sealed_under_a_new_one(stack: Stack) -> None:
    """Records, contacts, upload metadata: whatever a warm instance seals after an erasure elsewhere, within
    its cache's lifetime, opens later (review13: such values answered 201 and read as shredded after)."""
    api, worker = _keyring(stack)[0], _keyring(stack)[0]
    api.encrypt("acme", "s-7", "rec-1", b"before")  # cached here
    assert worker.shred("acme", "s-7") is True
    after = api.encrypt("acme", "s-7", "rec-2", b"after the erasure")
    for_pseudonym = api.encrypt_for_pseudonym("acme", "s-7", "rec-3", b"sealed for the pseudonym")
    fresh = _keyring(stack)[0]
    assert fresh.decrypt("acme", "s-7", "rec-2", after) == b"after the erasure"
    pseudonym = fresh.pseudonym("acme", "s-7")
    assert fresh.decrypt_by_pseudonym("acme", pseudonym, "rec-3", for_pseudonym) == b"sealed for the pseudonym"


def test_sealing_reads_the_key_table_but_not_kms_while_the_key_is_the_same(stack: Stack) -> None:
    keyring, provider = _keyring(stack)
    keyring.encrypt("acme", "s-8", "rec-1", b"one")
    keyring.encrypt("acme", "s-8", "rec-2", b"two")
    assert provider.calls == Counter(generate=2)  # the tenant's pseudonym key and the subject's; no unwrap


def test_only_the_crypto_module_computes_macs_and_ciphers() -> None:
    """One crypto module: no other module of the layer imports hmac or cryptography. The detector's
    masking tokens (domain/detection/masking.py, owned with the detector) are the one exception left."""
    import pathlib
    import re

    import privacykit

    root = pathlib.Path(privacykit.__file__).parent
    pattern = re.compile(r"^\s*(import (hmac|cryptography)\b|from (hmac|cryptography)\b)", re.MULTILINE)
    found = {str(p.relative_to(root)) for p in root.rglob("*.py") if pattern.search(p.read_text())}
    assert found == {"crypto.py", "domain/detection/masking.py"}
