"""The audit trail's composition root: the verifier and the digester (the writer is shared)."""

from __future__ import annotations

from privacykit.domain.audit.service import AuditDigester, AuditVerifier
from privacykit.roots.providers import provider
from privacykit.roots.shared import audit_bucket, chain_heads, signer

__all__ = ["audit_verifier", "audit_digester"]


@provider
def audit_verifier() -> AuditVerifier:
    return AuditVerifier(chain_heads(), audit_bucket(), signer())


@provider
def audit_digester() -> AuditDigester:
    return AuditDigester(chain_heads(), audit_bucket(), signer())
