"""The audit trail's composition root: the sealer, the verifier and the digester (the writer is shared)."""

from __future__ import annotations

from privacykit.adapters.audit_jobs import AuditJobTable
from privacykit.adapters.aws import client
from privacykit.adapters.kms import KmsSigner
from privacykit.adapters.queues import TenantJobQueue
from privacykit.config import get_settings
from privacykit.domain.audit.jobs import VerificationJobs
from privacykit.domain.audit.service import AuditDigester, AuditSealer, AuditVerifier, AuditWriter, TrailChecker
from privacykit.errors import ConfigurationError
from privacykit.ports import SignatureKind
from privacykit.roots.providers import provider
from privacykit.roots.shared import audit_bucket, audit_outbox, audit_writer, chain_heads, clock, signer_for

__all__ = [
    "digest_signer",
    "audit_sealer",
    "trail_checker",
    "audit_verifier",
    "audit_digester",
    "verification_jobs",
    "trail_alarms",
]


@provider
def digest_signer() -> KmsSigner:
    """The audit-digest key: the digester signs with it, the verifier only verifies."""
    return signer_for(SignatureKind.AUDIT_DIGEST)


@provider
def audit_sealer() -> AuditSealer:
    return AuditSealer(audit_outbox(), chain_heads(), audit_bucket())


@provider
def trail_checker() -> TrailChecker:
    return TrailChecker(chain_heads(), audit_bucket(), digest_signer())


@provider
def audit_verifier() -> AuditVerifier:
    return AuditVerifier(trail_checker(), audit_outbox())


@provider
def audit_digester() -> AuditDigester:
    return AuditDigester(trail_checker(), chain_heads(), audit_bucket(), digest_signer())


@provider
def verification_jobs() -> VerificationJobs:
    settings = get_settings()
    return VerificationJobs(
        AuditJobTable(client("dynamodb"), settings.require("audit_job_table")),
        TenantJobQueue(client("sqs"), settings.require("audit_job_queue_url")),
        audit_verifier(),
        audit_writer(),
        clock(),
    )


class _NoPseudonyms:
    """The digest function records events with no actor and no subject, so it holds no pseudonym key."""

    def pseudonym(self, tenant: str, subject: str) -> str:
        raise ConfigurationError("this function records audit events without an actor or a subject")


@provider
def trail_alarms() -> AuditWriter:
    """The digest schedule's writer: a broken trail is recorded as ``audit.chain_broken`` (monitoring
    alerts on it), with no pseudonyms to compute and so no key table or data key to hold."""
    return AuditWriter(audit_outbox(), _NoPseudonyms(), clock())
