"""The classification capability's composition root."""

from __future__ import annotations

from privacykit.adapters.aws import client, presigning_client
from privacykit.adapters.tombstones import KeyTombstones
from privacykit.adapters.uploads import S3UploadLinks, S3Uploads
from privacykit.config import Settings, get_settings
from privacykit.domain.classify.service import ClassificationService
from privacykit.domain.classify.uploads import UploadDesk
from privacykit.domain.detection import DEFAULT_POLICY, LevelPolicy
from privacykit.errors import ConfigurationError
from privacykit.roots.providers import provider
from privacykit.roots.shared import audit_bucket, audit_writer, clock, keyring, record_table, retention_policies

__all__ = ["classification_service", "level_policies", "upload_desk"]


def level_policies(settings: Settings) -> tuple[LevelPolicy, dict[str, LevelPolicy]]:
    """The policy of every tenant without its own ("*") and each tenant's, from LEVEL_POLICIES; a
    :class:`ConfigurationError` naming what is wrong (``make run`` checks its parameters with this too)."""
    policies = dict(settings.level_policies)
    try:
        default = LevelPolicy.from_dict(policies.pop("*")) if "*" in policies else DEFAULT_POLICY
        return default, {tenant: LevelPolicy.from_dict(policy) for tenant, policy in policies.items()}
    except (ValueError, AttributeError) as exc:
        raise ConfigurationError(f"LEVEL_POLICIES: {exc}") from exc


@provider
def classification_service() -> ClassificationService:
    default, per_tenant = level_policies(get_settings())
    return ClassificationService(
        record_table(),
        audit_writer(),
        uploads=S3Uploads(client("s3")),
        policy=default,
        tenant_policies=per_tenant,
        clock=clock(),
        pseudonyms=keyring(),
        retention=retention_policies().policies,
        sealer=keyring(),
        legacy_upload_keys=get_settings().legacy_upload_keys,
        # The upload worker reads the erasure tombstones (the API function has no audit bucket: no uploads).
        erased_keys=KeyTombstones(audit_bucket()) if get_settings().resources.audit_bucket else None,
        max_upload_bytes=get_settings().limits.max_upload_bytes,
    )


@provider
def upload_desk() -> UploadDesk:
    """Upload links (``POST /v1/subjects/{subject_id}/uploads``): keys that name no subject."""
    settings = get_settings()
    links = S3UploadLinks(presigning_client("s3"), settings.require("upload_bucket"))
    return UploadDesk(
        links, keyring(), audit_writer(), ttl_seconds=settings.limits.upload_link_ttl_seconds, clock=clock()
    )
