"""Signatures by purpose (design.md section 5): a signature made for one kind of document (audit digest,
consent receipt, erasure certificate, export manifest) never verifies as another, even under one key.

The services here share one fake key on purpose: only the kind written into the signed message keeps
them apart. On AWS each kind also has a key of its own (``tests/unit/test_template.py``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from fakes import (
    FakeClock,
    HmacSigner,
    InMemoryConsents,
    InMemoryTrail,
    PlainPseudonyms,
    RecordingAudit,
)
from localcloud.provision import Stack
from privacykit.adapters.aws import client
from privacykit.adapters.kms import KmsSigner
from privacykit.config import ResourceNames
from privacykit.domain.common.canonical import canonical_json
from privacykit.domain.common.purposes import DEFAULT_PURPOSES
from privacykit.domain.consent.model import GrantCommand
from privacykit.domain.consent.service import ConsentService
from privacykit.errors import ConfigurationError
from privacykit.ports import AuditRecord, SignatureKind, signed_message
from privacykit.roots.shared import SIGNING_KEY_SETTINGS

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


class Trail(InMemoryTrail):
    """The in-memory trail, with a way to store any document where a digest goes."""

    def store_digest(self, document: dict[str, Any]) -> None:
        last_seq = document.get("digest", {}).get("last_seq", 99)
        self.segments.objects.pop(f"audit/acme/digests/{last_seq:012d}.json", None)
        self.segments.put_digest("acme", last_seq, canonical_json(document))


@pytest.fixture
def signer() -> HmacSigner:
    return HmacSigner()


@pytest.fixture
def trail(signer: HmacSigner) -> Trail:
    trail = Trail(signer)
    trail.writer.record("acme", AuditRecord("consent.granted", "success", subject="s-1"))
    trail.seal()
    return trail


@pytest.fixture
def consent(signer: HmacSigner) -> ConsentService:
    return ConsentService(
        InMemoryConsents(), signer, PlainPseudonyms(), RecordingAudit(),
        purposes=DEFAULT_PURPOSES, jurisdiction="EU", clock=FakeClock(T0),
    )  # fmt: skip


def a_receipt(consent: ConsentService) -> dict[str, Any]:
    command = GrantCommand("marketing", "consent", "v3", "web")
    return consent.grant("acme", "s-1", command, actor="u-officer").receipt.as_dict()


def test_the_signed_message_names_its_kind_before_the_payload() -> None:
    """The format an outside verifier rebuilds from a document and its kind."""
    assert signed_message(SignatureKind.AUDIT_DIGEST, b'{"a":1}') == b'privacy-bundle/audit_digest/v1\n{"a":1}'
    headers = [signed_message(kind, b"") for kind in SignatureKind]
    assert not any(a != b and b.startswith(a) for a in headers for b in headers)


def test_a_signed_audit_digest_is_not_a_valid_consent_receipt(trail: Trail, consent: ConsentService) -> None:
    signed = trail.digester.digest("acme")
    assert signed is not None
    check = consent.verify_receipt({"receipt": signed["digest"], "signature": signed["signature"]})
    assert check.valid is False
    assert check.receipt_id is None
    assert check.reason is not None
    assert check.reason.startswith("not a consent receipt")


def test_a_receipt_signed_as_another_kind_does_not_verify(consent: ConsentService, signer: HmacSigner) -> None:
    signed = a_receipt(consent)
    assert consent.verify_receipt(signed).valid is True
    for kind in set(SignatureKind) - {SignatureKind.CONSENT_RECEIPT}:
        other = signer.sign(kind, canonical_json(signed["receipt"])).hex()
        check = consent.verify_receipt(dict(signed, signature=other))
        assert (check.valid, check.reason) == (False, "the signature does not match this receipt"), kind


_REMOVED = object()


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"tenant": _REMOVED}, "not a consent receipt: it lacks tenant"),
        ({"version": _REMOVED, "issued_at": _REMOVED}, "not a consent receipt: it lacks issued_at, version"),
        ({"version": 99}, "not a consent receipt of a known version"),
        ({"version": True}, "not a consent receipt of a known version"),
        ({"extra": "field"}, "not a consent receipt: it has fields a receipt does not have"),
        ({"action": "erase"}, "not a consent receipt: unknown action"),
        ({"purposes": "marketing"}, "not a consent receipt: purposes is not a list of purposes"),
        ({"purposes": []}, "not a consent receipt: purposes is not a list of purposes"),
        ({"receipt_id": 7}, "not a consent receipt: receipt_id is not a receipt id"),
    ],
)
def test_a_payload_that_is_not_a_receipt_is_named(consent: ConsentService, change: dict[str, Any], reason: str) -> None:
    receipt = dict(a_receipt(consent)["receipt"])
    for name, value in change.items():
        if value is _REMOVED:
            del receipt[name]
        else:
            receipt[name] = value
    check = consent.verify_receipt({"receipt": receipt, "signature": "00"})
    assert (check.valid, check.receipt_id, check.reason) == (False, None, reason)


def test_a_consent_receipt_is_not_a_valid_audit_digest(trail: Trail, consent: ConsentService) -> None:
    signed = a_receipt(consent)
    receipt = signed.pop("receipt")
    trail.store_digest({**signed, "digest": receipt})
    result = trail.verifier.verify("acme")
    assert not result.valid
    assert result.first_break == {"seq": 99, "segment": None, "reason": "a stored digest is not an audit digest"}


def test_a_digest_signed_as_another_kind_does_not_verify(trail: Trail, signer: HmacSigner) -> None:
    signed = trail.digester.digest("acme")
    assert signed is not None
    assert trail.verifier.verify("acme").valid
    for kind in set(SignatureKind) - {SignatureKind.AUDIT_DIGEST}:
        other = Trail(signer)
        other.writer.record("acme", AuditRecord("consent.granted", "success", subject="s-1"))
        other.seal()
        resigned = signer.sign(kind, canonical_json(signed["digest"])).hex()
        other.store_digest({"digest": signed["digest"], "signature": resigned})
        result = other.verifier.verify("acme")
        assert not result.valid, kind
        assert result.first_break is not None
        assert result.first_break["reason"] == "a digest's signature is invalid"


def test_one_kms_key_still_separates_the_kinds(stack: Stack) -> None:
    kms = client("kms")
    key = kms.create_key(KeySpec="ECC_NIST_P256", KeyUsage="SIGN_VERIFY")["KeyMetadata"]["Arn"]
    as_digest = KmsSigner(kms, key, SignatureKind.AUDIT_DIGEST)
    as_receipt = KmsSigner(kms, key, SignatureKind.CONSENT_RECEIPT)
    payload = canonical_json({"tenant": "acme"})
    signature = as_digest.sign(SignatureKind.AUDIT_DIGEST, payload)
    assert as_digest.verify(SignatureKind.AUDIT_DIGEST, payload, signature)
    assert not as_receipt.verify(SignatureKind.CONSENT_RECEIPT, payload, signature)


def test_a_kms_signer_refuses_a_kind_its_key_is_not_for(stack: Stack) -> None:
    kms = client("kms")
    key = kms.create_key(KeySpec="ECC_NIST_P256", KeyUsage="SIGN_VERIFY")["KeyMetadata"]["Arn"]
    as_digest = KmsSigner(kms, key, SignatureKind.AUDIT_DIGEST)
    with pytest.raises(ConfigurationError):
        as_digest.sign(SignatureKind.CONSENT_RECEIPT, b"{}")
    with pytest.raises(ConfigurationError):
        as_digest.verify(SignatureKind.CONSENT_RECEIPT, b"{}", b"\x00")


def test_every_kind_has_a_key_setting_of_its_own() -> None:
    assert set(SIGNING_KEY_SETTINGS) == set(SignatureKind)
    assert len(set(SIGNING_KEY_SETTINGS.values())) == len(SignatureKind)
    assert set(SIGNING_KEY_SETTINGS.values()) <= set(ResourceNames.model_fields)
