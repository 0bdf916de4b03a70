"""The DSAR export capability's composition root: the desk (API) and the worker (queue), each given
only what it uses."""

from __future__ import annotations

from privacykit.adapters.access_requests import AccessRequestTable
from privacykit.adapters.aws import client
from privacykit.adapters.exports import ExportBucket
from privacykit.adapters.queues import TenantJobQueue
from privacykit.config import get_settings
from privacykit.domain.dsar.service import AccessDesk, ExportWorker
from privacykit.ports import SignatureKind
from privacykit.roots.providers import provider
from privacykit.roots.shared import audit_writer, clock, keyring, retention_policies, signer_for
from privacykit.roots.subject_data import access_recipients, subject_data_map

__all__ = ["access_requests", "export_bucket", "access_desk", "export_worker"]


@provider
def access_requests() -> AccessRequestTable:
    return AccessRequestTable(client("dynamodb"), get_settings().require("access_request_table"), keyring())


@provider
def export_bucket() -> ExportBucket:
    return ExportBucket(client("s3"), get_settings().require("export_bucket"), keyring())


@provider
def access_desk() -> AccessDesk:
    settings = get_settings()
    queue = TenantJobQueue(client("sqs"), settings.require("dsar_queue_url"))
    return AccessDesk(
        access_requests(),
        queue,
        keyring(),
        export_bucket(),
        audit_writer(),
        default_jurisdiction=settings.default_jurisdiction,
        link_ttl_seconds=settings.limits.download_link_ttl_seconds,
        clock=clock(),
    )


@provider
def export_worker() -> ExportWorker:
    # The worker queues its own request again to go on in the next invocation.
    queue = TenantJobQueue(client("sqs"), get_settings().require("dsar_queue_url"))
    return ExportWorker(
        access_requests(),
        keyring(),
        subject_data_map(),
        export_bucket(),
        signer_for(SignatureKind.EXPORT_MANIFEST),
        audit_writer(),
        access_recipients(),
        queue,
        clock=clock(),
        retention=retention_policies().policies,
    )
