"""The retention capability's composition root: the sweeper (API, schedule and queue worker share it;
each function is given only the resources its triggers use)."""

from __future__ import annotations

import time

from privacykit.adapters.aws import client
from privacykit.adapters.chain_heads import ChainHeadTable
from privacykit.adapters.queues import ParkedItemQueue, TenantJobQueue
from privacykit.adapters.retention_runs import RetentionRunTable
from privacykit.adapters.uploads import UploadedObjects
from privacykit.config import get_settings
from privacykit.domain.retention.service import RetentionSweeper
from privacykit.roots.erasure import legal_hold_table
from privacykit.roots.providers import provider
from privacykit.roots.shared import audit_writer, clock, keyring, record_table, retention_policies

__all__ = ["retention_runs", "retention_sweeper", "swept_tenants"]


@provider
def retention_runs() -> RetentionRunTable:
    return RetentionRunTable(client("dynamodb"), get_settings().require("retention_run_table"))


class _LazyQueue:
    """A queue built on first use: the API reads policies and runs without being given the queues."""

    def __init__(self, setting: str, parked: bool = False) -> None:
        self._setting = setting
        self._parked = parked

    def send(self, tenant: str, job_id: str) -> None:
        TenantJobQueue(client("sqs"), get_settings().require(self._setting)).send(tenant, job_id)

    def park(self, tenant: str, run_id: str, record_id: str, reason: str) -> None:
        ParkedItemQueue(client("sqs"), get_settings().require(self._setting)).park(tenant, run_id, record_id, reason)


class _LazyUploads:
    def erase_object(self, tenant: str, subject: str, key: str) -> int:
        uploads = UploadedObjects(client("s3"), get_settings().require("upload_bucket"), keyring())
        return uploads.erase_object(tenant, subject, key)


@provider
def retention_sweeper() -> RetentionSweeper:
    loaded = retention_policies()
    return RetentionSweeper(
        record_table(),
        _LazyUploads(),
        retention_runs(),
        _LazyQueue("retention_queue_url"),
        _LazyQueue("retention_dead_letter_queue_url"),
        legal_hold_table(),
        audit_writer(),
        loaded.policies,
        clock=clock(),
        # A failing item is tried again after 0.2 s and 0.4 s (a throttle passes), then parked.
        pause=lambda attempt: time.sleep(0.2 * 2**attempt),
        source=loaded.source,
        rejected=loaded.rejected,
    )


@provider
def swept_tenants() -> ChainHeadTable:
    """Every tenant with an audit trail: each recorded something, so each may have records to sweep."""
    return ChainHeadTable(client("dynamodb"), get_settings().require("audit_chain_table"))
