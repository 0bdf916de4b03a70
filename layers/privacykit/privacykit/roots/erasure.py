"""The erasure capability's composition root: the desk (API) and the worker (queue), each given only
what it uses."""

from __future__ import annotations

from privacykit.adapters.aws import client
from privacykit.adapters.chain_heads import ChainHeadTable
from privacykit.adapters.erasure_requests import ErasureRequestTable
from privacykit.adapters.events import EventBridgeErasures
from privacykit.adapters.held_data import HeldItems
from privacykit.adapters.legal_holds import LegalHoldTable
from privacykit.adapters.queues import TenantJobQueue
from privacykit.adapters.tombstones import KeyTombstones
from privacykit.config import get_settings
from privacykit.domain.erasure.holds import LegalHolds
from privacykit.domain.erasure.service import ErasureDesk, ErasureWorker
from privacykit.ports import SignatureKind
from privacykit.roots.providers import provider
from privacykit.roots.shared import audit_bucket, audit_writer, clock, keyring, signer_for
from privacykit.roots.subject_data import SUBJECT_DATA_KINDS, access_recipients, subject_data_map

__all__ = [
    "erasure_requests",
    "legal_hold_table",
    "erasure_desk",
    "erasure_worker",
    "legal_holds",
    "key_tombstones",
    "held_items",
    "hold_tenants",
]


@provider
def erasure_requests() -> ErasureRequestTable:
    return ErasureRequestTable(client("dynamodb"), get_settings().require("erasure_request_table"))


@provider
def legal_hold_table() -> LegalHoldTable:
    return LegalHoldTable(client("dynamodb"), get_settings().require("legal_hold_table"))


@provider
def erasure_desk() -> ErasureDesk:
    queue = TenantJobQueue(client("sqs"), get_settings().require("erasure_queue_url"))
    return ErasureDesk(erasure_requests(), queue, keyring(), legal_hold_table(), audit_writer(), clock=clock())


@provider
def legal_holds() -> LegalHolds:
    return LegalHolds(
        legal_hold_table(), keyring(), audit_writer(), SUBJECT_DATA_KINDS, clock(),
        held=held_items(), tombstones=key_tombstones(), claims=erasure_requests(),
    )  # fmt: skip


@provider
def erasure_worker() -> ErasureWorker:
    settings = get_settings()
    return ErasureWorker(
        erasure_requests(),
        keyring(),
        subject_data_map(),
        signer_for(SignatureKind.ERASURE_CERTIFICATE),
        EventBridgeErasures(client("events"), settings.require("subject_events_bus")),
        audit_writer(),
        key_tombstones(),
        legal_hold_table(),
        held_items(),
        access_recipients(),
        backup_retention_days=settings.limits.backup_retention_days,
        clock=clock(),
    )


@provider
def key_tombstones() -> KeyTombstones:
    return KeyTombstones(audit_bucket())


@provider
def held_items() -> HeldItems:
    """What partial legal holds keep through an erasure (under ``held/`` in the export bucket)."""
    return HeldItems(client("s3"), get_settings().require("export_bucket"), keyring())


@provider
def hold_tenants() -> ChainHeadTable:
    """Every tenant with an audit trail: placing a hold records an event, so each tenant with a hold has one."""
    return ChainHeadTable(client("dynamodb"), get_settings().require("audit_chain_table"))
