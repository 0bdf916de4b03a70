"""One settings model, read from the environment once per cold start.

Each function receives only the environment variables of the resources it may use (template.yaml);
a component asks for what it needs with :meth:`Settings.require`, which fails fast with a message
naming the missing variable.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from privacykit.domain.common.purposes import DEFAULT_PURPOSES
from privacykit.errors import ConfigurationError

__all__ = ["Settings", "ResourceNames", "Limits", "get_settings"]


class ResourceNames(BaseModel):
    """Physical names of the resources declared in template.yaml."""

    model_config = ConfigDict(frozen=True)

    consent_table: str | None = None
    records_table: str | None = None
    break_glass_table: str | None = None
    subject_key_table: str | None = None
    audit_chain_table: str | None = None
    audit_outbox_table: str | None = None
    audit_job_table: str | None = None
    audit_job_queue_url: str | None = None
    audit_index_table: str | None = None
    audit_report_table: str | None = None
    audit_report_queue_url: str | None = None
    idempotency_table: str | None = None
    audit_bucket: str | None = None
    upload_bucket: str | None = None
    erasure_request_table: str | None = None
    legal_hold_table: str | None = None
    erasure_queue_url: str | None = None
    access_request_table: str | None = None
    dsar_queue_url: str | None = None
    export_bucket: str | None = None
    subject_events_bus: str | None = None
    data_key_id: str | None = None
    #: One asymmetric key per kind of signature (ports.SignatureKind; roots.shared.SIGNING_KEY_SETTINGS).
    digest_signing_key_id: str | None = None
    receipt_signing_key_id: str | None = None
    erasure_signing_key_id: str | None = None
    export_signing_key_id: str | None = None
    report_signing_key_id: str | None = None
    incident_table: str | None = None
    contact_table: str | None = None
    breach_reminder_topic: str | None = None
    notice_sender: str | None = None
    notice_queue_url: str | None = None
    alert_table: str | None = None
    monitor_window_table: str | None = None
    monitoring_alert_topic: str | None = None
    retention_run_table: str | None = None
    retention_queue_url: str | None = None
    retention_dead_letter_queue_url: str | None = None


class Limits(BaseModel):
    model_config = ConfigDict(frozen=True)

    max_body_bytes: int = Field(default=262_144, gt=0)
    #: How long a warm instance may keep a plaintext subject key: the bound on when a shredded key
    #: stops working everywhere (stated on erasure certificates).
    key_cache_ttl_seconds: int = Field(default=60, ge=0)
    #: Point-in-time recovery keeps 35 days: after that no backup holds a shredded key (certificates say so).
    backup_retention_days: int = Field(default=35, gt=0)
    key_cache_size: int = Field(default=1024, gt=0)
    audit_retention_days: int = Field(default=2555, gt=0)
    idempotency_ttl_seconds: int = Field(default=86_400, gt=0)
    #: How long a DSAR download link works (24 h unless DOWNLOAD_LINK_TTL_SECONDS says otherwise).
    download_link_ttl_seconds: int = Field(default=86_400, gt=0)
    #: Approvals of financial operations above this amount need someone other than the requester.
    sod_threshold: int = Field(default=10_000, ge=0)
    #: How long a presigned upload URL works (15 minutes unless UPLOAD_LINK_TTL_SECONDS says otherwise;
    #: at most the 7 days S3 allows).
    upload_link_ttl_seconds: int = Field(default=900, gt=0, le=604_800)
    #: The largest upload the worker reads (MAX_UPLOAD_BYTES, 100 MB by default): a larger object is
    #: recorded as ``too_large`` and parked before a byte of it is scanned.
    max_upload_bytes: int = Field(default=100_000_000, gt=0)


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True)

    resources: ResourceNames = ResourceNames()
    limits: Limits = Limits()
    default_jurisdiction: str = "EU"
    purposes: dict[str, str] = Field(default_factory=lambda: dict(DEFAULT_PURPOSES))
    environment: str = "local"
    #: Classification policy per tenant ("*" for every tenant without its own), as LevelPolicy.from_dict
    #: takes it: {"acme": {"levels": {"PERSON": "CONFIDENTIAL"}, "baseline": "INTERNAL", "min_score": 0.5}}.
    level_policies: dict[str, dict[str, Any]] = Field(default_factory=dict)
    #: Retention rules overriding the repository's defaults per tenant (JSON lines or a JSON array, as
    #: ``domain/common/retention.parse_rules`` reads them); validated where they are loaded, so that a bad
    #: one is refused naming its line and the previous rules stay in force.
    retention_policies: str = ""
    #: Accept uploads put under the old layout ``uploads/<tenant>/<subject id>/<file>`` (LEGACY_UPLOAD_KEYS):
    #: off by default, such keys are refused as ``bad_key`` (docs/upload-keys.md).
    legacy_upload_keys: bool = False

    @field_validator("purposes")
    @classmethod
    def _purposes_not_empty(cls, value: dict[str, str]) -> dict[str, str]:
        if not value:
            raise ValueError("the purpose catalogue is empty")
        return value

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Build the settings from environment variables (``os.environ`` when ``env`` is None)."""
        env = os.environ if env is None else env
        resources = {name: env.get(name.upper()) for name in ResourceNames.model_fields}
        limits = {name: env[name.upper()] for name in Limits.model_fields if name.upper() in env}
        raw: dict[str, object] = {
            "resources": resources,
            "limits": limits,
            "default_jurisdiction": env.get("DEFAULT_JURISDICTION", "EU"),
            "environment": env.get("BUNDLE_ENVIRONMENT", "local"),
            "retention_policies": env.get("RETENTION_POLICIES", ""),
            "legacy_upload_keys": env.get("LEGACY_UPLOAD_KEYS", "false"),
        }
        if env.get("LEVEL_POLICIES"):
            try:
                raw["level_policies"] = json.loads(env["LEVEL_POLICIES"])
            except json.JSONDecodeError as exc:
                raise ConfigurationError("LEVEL_POLICIES is not valid JSON") from exc
        if env.get("PURPOSE_CATALOGUE"):
            try:
                raw["purposes"] = json.loads(env["PURPOSE_CATALOGUE"])
            except json.JSONDecodeError as exc:
                raise ConfigurationError("PURPOSE_CATALOGUE is not valid JSON") from exc
        try:
            return cls.model_validate(raw)
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            raise ConfigurationError(f"invalid configuration: {problems}") from exc

    def require(self, name: str) -> str:
        """The physical name of resource ``name``, or a ConfigurationError naming the variable."""
        value = getattr(self.resources, name)
        if not value:
            raise ConfigurationError(f"environment variable {name.upper()} is not set")
        return str(value)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings of this process, parsed on first use (never at import time)."""
    return Settings.from_env()
