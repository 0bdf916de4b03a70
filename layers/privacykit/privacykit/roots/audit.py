"""The audit trail's composition root: the sealer, the verifier and the digester (the writer is shared)."""

from __future__ import annotations

from decimal import Decimal

from privacykit.adapters.audit_bucket import AuditBucket
from privacykit.adapters.audit_jobs import AuditJobTable
from privacykit.adapters.audit_reports import AuditReportTable
from privacykit.adapters.aws import client
from privacykit.adapters.kms import KmsSigner
from privacykit.adapters.queues import TenantJobQueue
from privacykit.config import get_settings
from privacykit.domain.audit.jobs import VerificationJobs
from privacykit.domain.audit.query import TrailQueries
from privacykit.domain.audit.reports import AuditReports
from privacykit.domain.audit.service import AuditDigester, AuditSealer, AuditVerifier, AuditWriter, TrailChecker
from privacykit.errors import ConfigurationError
from privacykit.ports import SignatureKind
from privacykit.roots.providers import provider
from privacykit.roots.shared import (
    audit_bucket,
    audit_index,
    audit_outbox,
    audit_writer,
    chain_heads,
    clock,
    keyring,
    signer_for,
)

__all__ = [
    "digest_signer",
    "audit_sealer",
    "trail_checker",
    "audit_verifier",
    "audit_digester",
    "verification_jobs",
    "trail_alarms",
    "audit_index",
    "trail_queries",
    "audit_reports",
    "report_worker",
]


@provider
def digest_signer() -> KmsSigner:
    """The audit-digest key: the digester signs with it, the verifier only verifies."""
    return signer_for(SignatureKind.AUDIT_DIGEST)


@provider
def audit_sealer() -> AuditSealer:
    return AuditSealer(audit_outbox(), chain_heads(), audit_bucket(), index=audit_index(), partitions=audit_bucket())


@provider
def trail_queries() -> TrailQueries:
    """Queries of the trail: the index, and the keyring that turns a subject id into its pseudonym."""
    return TrailQueries(audit_index(), keyring(), audit_writer(), clock())


@provider
def trail_checker() -> TrailChecker:
    return TrailChecker(chain_heads(), audit_bucket(), digest_signer())


@provider
def audit_verifier() -> AuditVerifier:
    return AuditVerifier(trail_checker(), audit_outbox(), trail_alarms())


@provider
def audit_digester() -> AuditDigester:
    return AuditDigester(trail_checker(), chain_heads(), audit_bucket(), digest_signer(), trail_alarms())


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
    """The writer of alarms (the digest schedule's, a verification's): a broken trail is recorded as
    ``audit.chain_broken`` (monitoring alerts on it), with no pseudonyms to compute and so no key table or
    data key to hold."""
    return AuditWriter(audit_outbox(), _NoPseudonyms(), clock())


def _reports(
    queries: TrailQueries | None = None,
    segments: AuditBucket | None = None,
    signer: KmsSigner | None = None,
    sod_threshold: Decimal = Decimal(10_000),
) -> AuditReports:
    settings = get_settings()
    return AuditReports(
        AuditReportTable(client("dynamodb"), settings.require("audit_report_table")),
        TenantJobQueue(client("sqs"), settings.require("audit_report_queue_url")),
        audit_bucket(),
        audit_writer(),
        keyring(),
        clock(),
        queries=queries,
        segments=segments,
        signer=signer,
        sod_threshold=sod_threshold,
    )


@provider
def audit_reports() -> AuditReports:
    """The API's side: request a report, read its status and its stored documents."""
    return _reports()


@provider
def report_worker() -> AuditReports:
    """The worker's side: reads the period from the index, lists digests, signs with the report key."""
    return _reports(
        queries=trail_queries(),
        segments=audit_bucket(),
        signer=signer_for(SignatureKind.AUDIT_REPORT),
        sod_threshold=Decimal(get_settings().limits.sod_threshold),
    )
