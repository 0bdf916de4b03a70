"""What partial legal holds keep through an erasure, in the export bucket under ``held/`` (docs/legal-holds.md).

One object per kept item, ``held/<tenant>/<hold_id>/<kind>/<sha256 of the item id>``, its body the item
(kind, id, data, whether the subject provided it, the uploaded bytes if any) sealed under the
hold-scoped key (``hold_key_subject``) and bound to the object key. Keys hold the hold id and a digest,
never a subject id or pseudonym. Shredding the hold key makes every copy unreadable; :meth:`purge` then
deletes every version.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import Any

from privacykit.adapters.aws import pages, translate_errors
from privacykit.crypto import SubjectKeyring
from privacykit.domain.common.holds import hold_key_subject
from privacykit.domain.common.subject_data import SubjectItem

__all__ = ["HeldItems", "HELD_PREFIX"]

HELD_PREFIX = "held/"


class HeldItems:
    def __init__(self, s3: Any, bucket: str, keyring: SubjectKeyring) -> None:
        self._s3 = s3
        self._bucket = bucket
        self._keyring = keyring

    @staticmethod
    def _prefix(tenant: str, hold_id: str) -> str:
        return f"{HELD_PREFIX}{tenant}/{hold_id}/"

    def keep(self, tenant: str, hold_id: str, items: Iterable[SubjectItem]) -> int:
        kept = 0
        name = hold_key_subject(hold_id)
        for item in items:
            key = f"{self._prefix(tenant, hold_id)}{item.kind}/{hashlib.sha256(item.item_id.encode()).hexdigest()}"
            body = {
                "kind": item.kind,
                "item_id": item.item_id,
                "data": item.data,
                "provided_by_subject": item.provided_by_subject,
                "content": base64.b64encode(item.content).decode() if item.content is not None else None,
            }
            sealed = self._keyring.encrypt(tenant, name, key, json.dumps(body, default=str).encode())
            with translate_errors("held.put"):
                self._s3.put_object(Bucket=self._bucket, Key=key, Body=sealed)
            kept += 1
        return kept

    def count(self, tenant: str, hold_id: str) -> int:
        return sum(
            len(page.get("Contents", []))
            for page in pages(self._s3, "list_objects_v2", "held.list", Bucket=self._bucket,
                              Prefix=self._prefix(tenant, hold_id))
        )  # fmt: skip

    def items(self, tenant: str, hold_id: str) -> Iterator[SubjectItem]:
        name = hold_key_subject(hold_id)
        for page in pages(self._s3, "list_objects_v2", "held.list", Bucket=self._bucket,
                          Prefix=self._prefix(tenant, hold_id)):  # fmt: skip
            for entry in page.get("Contents", []):
                with translate_errors("held.get"):
                    sealed = self._s3.get_object(Bucket=self._bucket, Key=entry["Key"])["Body"].read()
                body = json.loads(self._keyring.decrypt(tenant, name, entry["Key"], sealed))
                content = base64.b64decode(body["content"]) if body.get("content") is not None else None
                yield SubjectItem(body["kind"], body["item_id"], body["data"], body["provided_by_subject"], content)

    def purge(self, tenant: str, hold_id: str) -> int:
        versions: list[dict[str, Any]] = []
        items = 0
        for page in pages(self._s3, "list_object_versions", "held.list", Bucket=self._bucket,
                          Prefix=self._prefix(tenant, hold_id)):  # fmt: skip
            for version in page.get("Versions", []):
                items += 1 if version.get("IsLatest") else 0
                versions.append({"Key": version["Key"], "VersionId": version["VersionId"]})
            versions.extend({"Key": m["Key"], "VersionId": m["VersionId"]} for m in page.get("DeleteMarkers", []))
        for start in range(0, len(versions), 1000):
            with translate_errors("held.purge"):
                self._s3.delete_objects(
                    Bucket=self._bucket, Delete={"Objects": versions[start : start + 1000], "Quiet": True}
                )
        return items
