"""The audit bucket (Object Lock, COMPLIANCE mode): segments, signed digests and the tombstones of
shredded subject keys."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError

from privacykit.adapters.aws import error_code, pages, translate_errors
from privacykit.domain.audit.chain import SegmentCopy
from privacykit.domain.audit.ports import DigestEntry
from privacykit.errors import NotFound

__all__ = ["AuditBucket"]


class AuditBucket:
    """Writes each object once, with a COMPLIANCE retention, and reads back every version of it, so that
    a copy uploaded later as a newer version, or a delete marker, cannot fool the verifier."""

    def __init__(self, s3: Any, bucket: str, retention_days: int) -> None:
        self._s3 = s3
        self._bucket = bucket
        self._retention = timedelta(days=retention_days)

    def _put_once(self, key: str, body: bytes, content_type: str) -> bytes:
        """Write ``body`` unless ``key`` exists; what ``key`` holds afterwards. A put that timed out but
        landed, retried, finds its own bytes."""
        try:
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
        except ClientError as exc:
            if error_code(exc) != "PreconditionFailed":
                with translate_errors("audit.put"):
                    raise
            with translate_errors("audit.get"):
                existing: bytes = self._s3.get_object(Bucket=self._bucket, Key=key)["Body"].read()
            return existing
        except BotoCoreError as exc:
            with translate_errors("audit.put"):
                raise exc
        return body

    def _versions(self, prefix: str, after: str = "") -> dict[str, dict[str, Any]]:
        """Every version and delete marker under ``prefix``, by key, for the keys after ``after``.

        The keys are filtered here rather than with ``KeyMarker``: moto lists nothing when the marker
        is not an existing key (S3 lists the keys after it). Listing is metadata only; what verification
        reads, the objects, are only those after ``after``."""
        found: dict[str, dict[str, Any]] = defaultdict(lambda: {"versions": [], "deleted": False})
        for page in pages(self._s3, "list_object_versions", "audit.list", Bucket=self._bucket, Prefix=prefix):
            for version in page.get("Versions", []):
                if version["Key"] > after:
                    found[version["Key"]]["versions"].append(version)
            for marker in page.get("DeleteMarkers", []):
                if marker.get("IsLatest") and marker["Key"] > after:
                    found[marker["Key"]]["deleted"] = True
        return found

    def _read(self, key: str, version_id: str | None = None) -> bytes:
        extra = {"VersionId": version_id} if version_id else {}
        with translate_errors("audit.get"):
            body: bytes = self._s3.get_object(Bucket=self._bucket, Key=key, **extra)["Body"].read()
        return body

    def put_segment(self, tenant: str, name: str, body: bytes) -> bytes:
        return self._put_once(f"audit/{tenant}/segments/{name}", body, "application/x-ndjson")

    def segments(self, tenant: str, after: str = "", until: str = "") -> list[SegmentCopy]:
        prefix = f"audit/{tenant}/segments/"
        copies = []
        for key, found in sorted(self._versions(prefix, prefix + after if after else "").items()):
            if until and key > prefix + until:
                break
            versions = sorted(found["versions"], key=lambda v: v["LastModified"])
            bodies = tuple(self._read(key, v["VersionId"]) for v in versions)
            copies.append(SegmentCopy(key[len(prefix) :], bodies, deleted=found["deleted"]))
        return copies

    def segment_names(self, tenant: str) -> list[str]:
        prefix = f"audit/{tenant}/segments/"
        return [key[len(prefix) :] for key in sorted(self._versions(prefix))]

    def has_segments(self, tenant: str) -> bool:
        with translate_errors("audit.list"):
            listed = self._s3.list_object_versions(Bucket=self._bucket, Prefix=f"audit/{tenant}/segments/", MaxKeys=1)
        return bool(listed.get("Versions") or listed.get("DeleteMarkers"))

    def put_digest(self, tenant: str, last_seq: int, body: bytes) -> None:
        self._put_once(self._digest_key(tenant, last_seq), body, "application/json")

    @staticmethod
    def _digest_key(tenant: str, last_seq: int) -> str:
        return f"audit/{tenant}/digests/{last_seq:012d}.json"

    def digests(self, tenant: str) -> list[DigestEntry]:
        prefix = f"audit/{tenant}/digests/"
        entries = []
        for key, found in sorted(self._versions(prefix).items()):
            stem = key[len(prefix) :].removesuffix(".json")
            if not stem.isdigit():
                continue  # not named as a digest: the verifier reads digests by their names only
            entries.append(DigestEntry(int(stem), len(found["versions"]), found["deleted"]))
        return entries

    def read_digest(self, tenant: str, last_seq: int) -> bytes:
        key = self._digest_key(tenant, last_seq)
        versions = sorted(self._versions(key)[key]["versions"], key=lambda v: v["LastModified"])
        if not versions:
            raise NotFound("audit.get: not found")
        return self._read(key, versions[0]["VersionId"])

    def put_day(self, tenant: str, day: str, name: str, body: bytes) -> None:
        """The Athena copy (docs/audit-reports.md): Hive-style ``tenant=``/``day=`` prefixes, which the Glue
        table's partition projection names; written once and locked like the segments."""
        self._put_once(self.day_key(tenant, day, name), body, "application/x-ndjson")

    @staticmethod
    def day_key(tenant: str, day: str, name: str) -> str:
        return f"athena/tenant={tenant}/day={day}/{name}"

    def put_report(self, tenant: str, report_id: str, name: str, body: bytes, content_type: str) -> None:
        """A compliance report (docs/audit-reports.md), under ``reports/``: written once and locked."""
        self._put_once(f"reports/{tenant}/{report_id}/{name}", body, content_type)

    def read_report(self, tenant: str, report_id: str, name: str) -> bytes:
        try:
            with translate_errors("audit.get"):
                body: bytes = self._s3.get_object(Bucket=self._bucket, Key=f"reports/{tenant}/{report_id}/{name}")[
                    "Body"
                ].read()
        except NotFound:
            raise NotFound("the report's document is not stored") from None
        return body

    def put_tombstone(self, tenant: str, name: str, body: bytes) -> None:
        """Under ``tombstones/``, apart from the trail; written once and locked like it."""
        self._put_once(f"tombstones/{tenant}/{name}.json", body, "application/json")

    def has_tombstone(self, tenant: str, name: str) -> bool:
        try:
            with translate_errors("audit.head"):
                self._s3.head_object(Bucket=self._bucket, Key=f"tombstones/{tenant}/{name}.json")
        except NotFound:
            return False
        return True

    def tombstones(self) -> Iterator[bytes]:
        for page in pages(self._s3, "list_objects_v2", "audit.list", Bucket=self._bucket, Prefix="tombstones/"):
            for listed in page.get("Contents", []):
                with translate_errors("audit.get"):
                    body: bytes = self._s3.get_object(Bucket=self._bucket, Key=listed["Key"])["Body"].read()
                yield body
