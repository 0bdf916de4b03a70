"""The audit bucket (Object Lock, COMPLIANCE mode): segments and signed digests."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any

from privacykit.adapters.aws import pages, translate_errors
from privacykit.domain.audit.chain import SegmentCopy

__all__ = ["AuditBucket"]


class AuditBucket:
    """Writes each segment once, with a COMPLIANCE retention, and reads back every version of it,
    so that a copy uploaded later as a newer version, or a delete marker, cannot fool the verifier."""

    def __init__(self, s3: Any, bucket: str, retention_days: int) -> None:
        self._s3 = s3
        self._bucket = bucket
        self._retention = timedelta(days=retention_days)

    def _put(self, key: str, body: bytes, content_type: str) -> None:
        with translate_errors("audit.put"):
            self._s3.put_object(
                Bucket=self._bucket,
                Key=key,
                IfNoneMatch="*",  # written once: a second writer of the same name fails, never overwrites
                Body=body,
                ContentType=content_type,
                ObjectLockMode="COMPLIANCE",
                ObjectLockRetainUntilDate=datetime.now(UTC) + self._retention,
                ChecksumAlgorithm="SHA256",
            )

    def _versions(self, prefix: str) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = defaultdict(lambda: {"versions": [], "deleted": False})
        for page in pages(self._s3, "list_object_versions", "audit.list", Bucket=self._bucket, Prefix=prefix):
            for version in page.get("Versions", []):
                found[version["Key"]]["versions"].append(version)
            for marker in page.get("DeleteMarkers", []):
                if marker.get("IsLatest"):
                    found[marker["Key"]]["deleted"] = True
        return found

    def _read(self, key: str, version_id: str) -> bytes:
        with translate_errors("audit.get"):
            body: bytes = self._s3.get_object(Bucket=self._bucket, Key=key, VersionId=version_id)["Body"].read()
        return body

    def put_segment(self, tenant: str, name: str, body: bytes) -> None:
        self._put(f"audit/{tenant}/segments/{name}", body, "application/x-ndjson")

    def segments(self, tenant: str) -> list[SegmentCopy]:
        prefix = f"audit/{tenant}/segments/"
        copies = []
        for key, found in sorted(self._versions(prefix).items()):
            versions = sorted(found["versions"], key=lambda v: v["LastModified"])
            bodies = tuple(self._read(key, v["VersionId"]) for v in versions)
            copies.append(SegmentCopy(key[len(prefix) :], bodies, deleted=found["deleted"]))
        return copies

    def put_digest(self, tenant: str, last_seq: int, body: bytes) -> None:
        self._put(f"audit/{tenant}/digests/{last_seq:012d}.json", body, "application/json")

    def digests(self, tenant: str) -> list[bytes]:
        prefix = f"audit/{tenant}/digests/"
        bodies = []
        for key, found in sorted(self._versions(prefix).items()):
            for version in found["versions"]:
                bodies.append(self._read(key, version["VersionId"]))
        return bodies
