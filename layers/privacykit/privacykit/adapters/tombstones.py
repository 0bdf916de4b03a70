"""Tombstones of shredded subject keys, in the Object-Lock audit bucket: a restore of the key table from
a backup does not roll them back (``privacy-admin reapply-erasures`` reads them)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from privacykit.adapters.audit_bucket import AuditBucket
from privacykit.adapters.aws import iso_utc, parse_iso
from privacykit.crypto import sealing_key_id
from privacykit.domain.common.canonical import canonical_json
from privacykit.domain.erasure.ports import Tombstone

__all__ = ["KeyTombstones"]


class KeyTombstones:
    def __init__(self, bucket: AuditBucket) -> None:
        self._bucket = bucket

    def put(self, tombstone: Tombstone) -> None:
        body = {
            "tenant": tombstone.tenant,
            "pseudonym": tombstone.pseudonym,
            "key_id": tombstone.key_id,
            "request_id": tombstone.request_id,
            "shredded_at": iso_utc(tombstone.shredded_at),
        }
        self._bucket.put_tombstone(tombstone.tenant, f"{tombstone.pseudonym}-{tombstone.key_id}", canonical_json(body))

    def shredded(self, tenant: str, pseudonym: str, sealed: bytes) -> bool:
        """Whether ``sealed`` was sealed under a key of ``pseudonym`` that an erasure shredded."""
        key_id = sealing_key_id(sealed)
        return key_id is not None and self._bucket.has_tombstone(tenant, f"{pseudonym}-{key_id}")

    def all(self) -> Iterator[Tombstone]:
        for raw in self._bucket.tombstones():
            doc = json.loads(raw)
            shredded_at = parse_iso(doc["shredded_at"])
            assert shredded_at is not None  # always written
            yield Tombstone(doc["tenant"], doc["pseudonym"], doc["key_id"], doc["request_id"], shredded_at)
