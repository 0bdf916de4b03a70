"""What every capability's root shares: the clock, the subject keyring, the signer of each kind, the
audit writer, the record table and the idempotency store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from privacykit.adapters.audit_bucket import AuditBucket
from privacykit.adapters.audit_index import AuditIndexTable
from privacykit.adapters.audit_outbox import AuditOutboxTable
from privacykit.adapters.aws import client
from privacykit.adapters.chain_heads import ChainHeadTable
from privacykit.adapters.kms import KmsDataKeys, KmsSigner
from privacykit.adapters.records import RecordTable
from privacykit.adapters.subject_keys import SubjectKeyTable
from privacykit.config import get_settings
from privacykit.crypto import SubjectKeyring
from privacykit.domain.audit.service import AuditWriter
from privacykit.domain.common.entity_types import EntityType
from privacykit.domain.common.retention import LoadedPolicies, load_policies
from privacykit.ports import Clock, SignatureKind, utc_now
from privacykit.roots.providers import provider

if TYPE_CHECKING:
    from aws_lambda_powertools.utilities.idempotency import DynamoDBPersistenceLayer

__all__ = [
    "clock",
    "keyring",
    "SIGNING_KEY_SETTINGS",
    "signer_for",
    "chain_heads",
    "audit_bucket",
    "audit_outbox",
    "audit_index",
    "audit_writer",
    "record_table",
    "idempotency_store",
    "retention_policies",
]


@provider
def clock() -> Clock:
    return utc_now


@provider
def keyring() -> SubjectKeyring:
    settings = get_settings()
    return SubjectKeyring(
        KmsDataKeys(client("kms"), settings.require("data_key_id")),
        SubjectKeyTable(client("dynamodb"), settings.require("subject_key_table")),
        cache_ttl_seconds=settings.limits.key_cache_ttl_seconds,
        cache_size=settings.limits.key_cache_size,
    )


#: The setting (environment variable, upper-cased) naming each kind's signing key in template.yaml.
SIGNING_KEY_SETTINGS: dict[SignatureKind, str] = {
    SignatureKind.AUDIT_DIGEST: "digest_signing_key_id",
    SignatureKind.CONSENT_RECEIPT: "receipt_signing_key_id",
    SignatureKind.ERASURE_CERTIFICATE: "erasure_signing_key_id",
    SignatureKind.EXPORT_MANIFEST: "export_signing_key_id",
    SignatureKind.AUDIT_REPORT: "report_signing_key_id",
}


def signer_for(kind: SignatureKind) -> KmsSigner:
    """The KMS signer of ``kind``, with that kind's key only: a function is given the variable of the
    keys it may use and no other. A capability's root wraps it in a provider of its own
    (``roots.audit.digest_signer``, ``roots.consent.receipt_signer``)."""
    return KmsSigner(client("kms"), get_settings().require(SIGNING_KEY_SETTINGS[kind]), kind)


@provider
def chain_heads() -> ChainHeadTable:
    return ChainHeadTable(client("dynamodb"), get_settings().require("audit_chain_table"))


@provider
def audit_bucket() -> AuditBucket:
    settings = get_settings()
    return AuditBucket(client("s3"), settings.require("audit_bucket"), settings.limits.audit_retention_days)


@provider
def audit_index() -> AuditIndexTable:
    """The audit event index the sealer writes (queries, reports, the recipients of a subject's data)."""
    settings = get_settings()
    return AuditIndexTable(
        client("dynamodb"), settings.require("audit_index_table"), settings.limits.audit_retention_days
    )


@provider
def audit_outbox() -> AuditOutboxTable:
    settings = get_settings()
    # Writers are given the outbox only; the sealer is given the chain-head table too.
    return AuditOutboxTable(
        client("dynamodb"), settings.require("audit_outbox_table"), settings.resources.audit_chain_table
    )


@provider
def audit_writer() -> AuditWriter:
    """Every capability records through it: its events land in the outbox with its change."""
    return AuditWriter(audit_outbox(), keyring(), clock())


@provider
def record_table() -> RecordTable:
    return RecordTable(client("dynamodb"), get_settings().require("records_table"), keyring())


@provider
def idempotency_store() -> DynamoDBPersistenceLayer:
    # Imported here: only handlers that take an Idempotency-Key pay for Powertools' idempotency utility.
    from aws_lambda_powertools.utilities.idempotency import DynamoDBPersistenceLayer

    return DynamoDBPersistenceLayer(
        table_name=get_settings().require("idempotency_table"), boto3_client=client("dynamodb")
    )


@provider
def retention_policies() -> LoadedPolicies:
    """The retention rules in force: the repository's defaults, overridden per tenant by the template's
    RetentionPolicies parameter when it validates (classify stamps expiries with them, the sweep
    enforces them, a DSAR package states them)."""
    settings = get_settings()
    return load_policies(
        settings.retention_policies,
        known_categories=[t.value for t in EntityType],
        known_purposes=settings.purposes,
    )
