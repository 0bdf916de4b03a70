"""The access-check capability's composition root."""

from __future__ import annotations

from pathlib import Path

from privacykit.adapters.aws import client
from privacykit.adapters.break_glass import BreakGlassTable
from privacykit.config import get_settings
from privacykit.domain.access import AccessPolicy, AccessService, PurposeCompatibility
from privacykit.domain.access.gateway import AccessGateway
from privacykit.roots.consent import consent_lookup
from privacykit.roots.providers import provider
from privacykit.roots.shared import audit_writer, clock, keyring, record_table

__all__ = ["access_gateway", "tenant_access_policies", "tenant_purpose_compatibility"]


def tenant_access_policies(directory: Path | None) -> dict[str, AccessPolicy]:
    """Each tenant's own policies, from ``<directory>/<tenant>.cedar``, validated against the schema."""
    if directory is None or not directory.is_dir():
        return {}
    return {path.stem: AccessPolicy(path.read_text(), origin=path.name) for path in sorted(directory.glob("*.cedar"))}


def tenant_purpose_compatibility(directory: Path | None) -> dict[str, PurposeCompatibility]:
    """Each tenant's own purpose compatibility table, from ``<directory>/<tenant>.purposes.json``."""
    if directory is None or not directory.is_dir():
        return {}
    return {
        path.name.removesuffix(".purposes.json"): PurposeCompatibility.from_json(path.read_text(), origin=path.name)
        for path in sorted(directory.glob("*.purposes.json"))
    }


@provider
def access_gateway(tenant_policy_dir: Path | None = None) -> AccessGateway:
    settings = get_settings()
    decisions = AccessService(
        consent_lookup(),
        tenant_policies=tenant_access_policies(tenant_policy_dir),
        purposes=settings.purposes,
        sod_threshold=settings.limits.sod_threshold,
        clock=clock(),
        tenant_compatibility=tenant_purpose_compatibility(tenant_policy_dir),
    )
    ring = keyring()
    uses = BreakGlassTable(client("dynamodb"), settings.require("break_glass_table"), ring)
    return AccessGateway(decisions, record_table(), audit_writer(), ring, ring, uses, clock=clock())
