"""The consent capability's composition root."""

from __future__ import annotations

from privacykit.adapters.aws import client
from privacykit.adapters.consents import ConsentTable
from privacykit.adapters.kms import KmsSigner
from privacykit.config import get_settings
from privacykit.domain.consent.service import ConsentLookup, ConsentService
from privacykit.ports import SignatureKind
from privacykit.roots.providers import provider
from privacykit.roots.shared import audit_writer, clock, keyring, signer_for

__all__ = ["consent_table", "receipt_signer", "consent_service", "consent_lookup"]


@provider
def consent_table() -> ConsentTable:
    return ConsentTable(client("dynamodb"), get_settings().require("consent_table"), keyring())


@provider
def receipt_signer() -> KmsSigner:
    """The consent-receipt key: signs receipts and verifies them."""
    return signer_for(SignatureKind.CONSENT_RECEIPT)


@provider
def consent_service() -> ConsentService:
    settings = get_settings()
    return ConsentService(
        consent_table(),
        receipt_signer(),
        keyring(),
        audit_writer(),
        purposes=settings.purposes,
        jurisdiction=settings.default_jurisdiction,
        clock=clock(),
    )


@provider
def consent_lookup() -> ConsentLookup:
    """``has_consent`` without the signing key or the audit writer (what access decisions need)."""
    return ConsentLookup(consent_table(), clock=clock())
