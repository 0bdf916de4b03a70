"""The subject data map's composition root: the store that answers for each template resource that
holds subject data (``Metadata: SubjectData`` in template.yaml; ``tests/unit/test_subject_data_map.py``
fails when a table or bucket declares none, or declares a kind no store answers for)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from privacykit.adapters.access_recipients import AuditTrailRecipients
from privacykit.adapters.access_requests import AccessRequestTable
from privacykit.adapters.aws import client
from privacykit.adapters.contacts import ContactTable
from privacykit.adapters.exports import ExportBucket
from privacykit.adapters.held_data import HeldItems
from privacykit.adapters.incidents import AffectedSubjectEntries
from privacykit.adapters.legal_holds import LegalHoldTable
from privacykit.adapters.uploads import UploadedObjects
from privacykit.config import get_settings
from privacykit.domain.common.holds import HeldCopies
from privacykit.domain.common.subject_data import SubjectDataMap
from privacykit.roots.consent import consent_table
from privacykit.roots.providers import provider
from privacykit.roots.shared import audit_index, audit_outbox, audit_writer, clock, keyring, record_table

__all__ = ["HANDLED_WITHOUT_A_STORE", "SUBJECT_DATA_KINDS", "subject_data_map", "access_recipients"]

#: The kinds the map's stores hold (what a legal hold may name), without building the stores; the map's
#: last store, ``legal_hold_copies`` (what partial holds kept through an erasure), is not one of them.
SUBJECT_DATA_KINDS = (
    "classified_records",
    "uploaded_objects",
    "contact_addresses",
    "breach_affected_entries",
    "consent_events",
    "access_requests",
    "subject_exports",
)

#: Kinds a resource may declare that no store exports or deletes item by item, and how erasure deals
#: with them instead (docs/design.md section 12).
HANDLED_WITHOUT_A_STORE: Mapping[str, str] = MappingProxyType(
    {
        "none": "holds no subject data (pseudonyms, counts and ids only)",
        "subject_keys": "the subject's key is shredded first: what it sealed anywhere can no longer be read",
        "idempotency_records": "answers naming a subject are sealed under the subject's key and expire in a day",
        "expiring_access_logs": (
            "S3 access logs name the objects read (upload keys by pseudonym and random id only); "
            "they expire by the bucket's lifecycle"
        ),
        "rights_requests": "the subject id is sealed under the tenant's request key only while the request is open",
        "legal_holds": "a hold names the subject by pseudonym; its reason is sealed under the tenant's hold key",
        "break_glass_reviews": "emergency accesses are kept for review, sealed under the tenant's break-glass key",
    }
)


@provider
def subject_data_map() -> SubjectDataMap:
    settings = get_settings()
    ddb = client("dynamodb")
    return SubjectDataMap(
        [
            record_table(),
            UploadedObjects(client("s3"), settings.require("upload_bucket"), keyring()),
            ContactTable(ddb, settings.require("contact_table"), keyring()),
            AffectedSubjectEntries(ddb, settings.require("incident_table"), keyring()),
            consent_table(),
            AccessRequestTable(ddb, settings.require("access_request_table"), keyring()),
            ExportBucket(client("s3"), settings.require("export_bucket"), keyring()),
            # Last: what the subject's partial holds kept through an erasure (docs/legal-holds.md).
            HeldCopies(
                LegalHoldTable(ddb, settings.require("legal_hold_table")),
                HeldItems(client("s3"), settings.require("export_bucket"), keyring()),
                keyring(),
                audit_writer(),
                clock(),
            ),
        ]
    )


@provider
def access_recipients() -> AuditTrailRecipients:
    """Who received a subject's data (access requests and erasure certificates), from the access
    decisions about the subject in the tenant's audit trail (the event index and the pending events)."""
    return AuditTrailRecipients(audit_index(), audit_outbox())
