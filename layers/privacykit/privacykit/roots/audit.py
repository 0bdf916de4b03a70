"""The audit trail's composition root: the verifier and the digester (the writer is shared)."""

from __future__ import annotations

from privacykit.adapters.kms import KmsSigner
from privacykit.domain.audit.service import AuditDigester, AuditVerifier
from privacykit.ports import SignatureKind
from privacykit.roots.providers import provider
from privacykit.roots.shared import audit_bucket, chain_heads, signer_for

__all__ = ["digest_signer", "audit_verifier", "audit_digester"]


@provider
def digest_signer() -> KmsSigner:
    """The audit-digest key: the digester signs with it, the verifier only verifies."""
    return signer_for(SignatureKind.AUDIT_DIGEST)


@provider
def audit_verifier() -> AuditVerifier:
    return AuditVerifier(chain_heads(), audit_bucket(), digest_signer())


@provider
def audit_digester() -> AuditDigester:
    return AuditDigester(chain_heads(), audit_bucket(), digest_signer())
