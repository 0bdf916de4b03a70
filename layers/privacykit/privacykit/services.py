"""The composition root: concrete services built from the settings, once per process.

Handlers and command-line tools call these factories; nothing else constructs adapters.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from privacykit.adapters.audit_bucket import AuditBucket
from privacykit.adapters.aws import client
from privacykit.adapters.chain_heads import ChainHeadTable
from privacykit.adapters.consents import ConsentTable
from privacykit.adapters.contacts import ContactTable
from privacykit.adapters.incidents import IncidentTable
from privacykit.adapters.kms import KmsDataKeys, KmsSigner
from privacykit.adapters.mail import SesMailer
from privacykit.adapters.records import RecordTable
from privacykit.adapters.subject_keys import SubjectKeyTable
from privacykit.adapters.topics import SnsAlerts, SnsReminders
from privacykit.adapters.uploads import S3Uploads
from privacykit.config import get_settings
from privacykit.crypto import SubjectKeyring
from privacykit.domain.access import AccessPolicy, AccessService
from privacykit.domain.access.gateway import AccessGateway
from privacykit.domain.audit.service import AuditDigester, AuditVerifier, AuditWriter
from privacykit.domain.breach.service import IncidentService
from privacykit.domain.classify.service import ClassificationService
from privacykit.domain.consent.service import ConsentLookup, ConsentService
from privacykit.domain.detection import DEFAULT_POLICY, LevelPolicy
from privacykit.errors import ConfigurationError

__all__ = [
    "access_gateway",
    "record_table",
    "classification_service",
    "keyring",
    "signer",
    "audit_writer",
    "audit_verifier",
    "audit_digester",
    "consent_service",
    "incident_service",
    "reset",
]


@lru_cache(maxsize=1)
def keyring() -> SubjectKeyring:
    settings = get_settings()
    return SubjectKeyring(
        KmsDataKeys(client("kms"), settings.require("data_key_id")),
        SubjectKeyTable(client("dynamodb"), settings.require("subject_key_table")),
        cache_ttl_seconds=settings.limits.key_cache_ttl_seconds,
        cache_size=settings.limits.key_cache_size,
    )


@lru_cache(maxsize=1)
def signer() -> KmsSigner:
    return KmsSigner(client("kms"), get_settings().require("signing_key_id"))


def _chain() -> ChainHeadTable:
    return ChainHeadTable(client("dynamodb"), get_settings().require("audit_chain_table"))


def _bucket() -> AuditBucket:
    settings = get_settings()
    return AuditBucket(client("s3"), settings.require("audit_bucket"), settings.limits.audit_retention_days)


@lru_cache(maxsize=1)
def audit_writer() -> AuditWriter:
    return AuditWriter(_chain(), _bucket(), keyring())


@lru_cache(maxsize=1)
def audit_verifier() -> AuditVerifier:
    return AuditVerifier(_chain(), _bucket(), signer())


@lru_cache(maxsize=1)
def audit_digester() -> AuditDigester:
    return AuditDigester(_chain(), _bucket(), signer())


@lru_cache(maxsize=1)
def consent_service() -> ConsentService:
    settings = get_settings()
    return ConsentService(
        ConsentTable(client("dynamodb"), settings.require("consent_table"), keyring()),
        signer(),
        keyring(),
        audit_writer(),
        purposes=settings.purposes,
        jurisdiction=settings.default_jurisdiction,
    )


@lru_cache(maxsize=1)
def record_table() -> RecordTable:
    return RecordTable(client("dynamodb"), get_settings().require("records_table"), keyring())


@lru_cache(maxsize=1)
def classification_service() -> ClassificationService:
    policies = dict(get_settings().level_policies)
    try:
        default = LevelPolicy.from_dict(policies.pop("*")) if "*" in policies else DEFAULT_POLICY
        per_tenant = {tenant: LevelPolicy.from_dict(policy) for tenant, policy in policies.items()}
    except (ValueError, AttributeError) as exc:
        raise ConfigurationError(f"LEVEL_POLICIES: {exc}") from exc
    return ClassificationService(
        record_table(), audit_writer(), uploads=S3Uploads(client("s3")), policy=default, tenant_policies=per_tenant
    )


@lru_cache(maxsize=1)
def incident_service() -> IncidentService:
    settings = get_settings()
    return IncidentService(
        IncidentTable(client("dynamodb"), settings.require("incident_table"), keyring()),
        ContactTable(client("dynamodb"), settings.require("contact_table"), keyring()),
        SesMailer(client("ses"), settings.require("notice_sender")),
        SnsReminders(client("sns"), settings.require("breach_reminder_topic")),
        audit_writer(),
    )


def tenant_access_policies(directory: Path | None) -> dict[str, AccessPolicy]:
    """Each tenant's own policies, from ``<directory>/<tenant>.cedar``, validated against the schema."""
    if directory is None or not directory.is_dir():
        return {}
    return {path.stem: AccessPolicy(path.read_text(), origin=path.name) for path in sorted(directory.glob("*.cedar"))}


@lru_cache(maxsize=1)
def access_gateway(tenant_policy_dir: Path | None = None) -> AccessGateway:
    settings = get_settings()
    consents = ConsentLookup(ConsentTable(client("dynamodb"), settings.require("consent_table"), keyring()))
    decisions = AccessService(
        consents,
        tenant_policies=tenant_access_policies(tenant_policy_dir),
        purposes=settings.purposes,
        sod_threshold=settings.limits.sod_threshold,
    )
    alerts = SnsAlerts(client("sns"), settings.require("break_glass_topic"))
    return AccessGateway(decisions, record_table(), audit_writer(), alerts, keyring())


def reset() -> None:
    """Forget every cached service, client and setting (tests that change the environment)."""
    from privacykit import idempotency

    idempotency._persistence.cache_clear()
    # Every factory here is an lru_cache (as are get_settings and client): clear them all, so a new
    # factory cannot be forgotten in a list.
    for value in list(globals().values()):
        clear = getattr(value, "cache_clear", None)
        if callable(clear):
            clear()
