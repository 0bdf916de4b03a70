"""Uploaded objects in S3: presigned upload links, objects read in chunks and tagged with their
classification, and the subject data store of uploads (keys: docs/upload-keys.md)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from privacykit.adapters.aws import pages, translate_errors
from privacykit.domain.classify.ports import UploadHead
from privacykit.domain.classify.uploads import SubjectSealer, parse_upload_key, upload_name
from privacykit.domain.common.subject_data import SubjectItem
from privacykit.errors import UnreadableDocument

__all__ = ["S3Uploads", "S3UploadLinks", "UploadedObjects"]

#: Uploads are read in 1 MiB pieces, so a large object never sits in memory whole.
_CHUNK_BYTES = 1024 * 1024


class S3Uploads:
    """Streams an uploaded object in 1 MiB chunks and tags it with its classification."""

    def __init__(self, s3: Any) -> None:
        self._s3 = s3

    def chunks(self, bucket: str, key: str, version: str | None) -> Iterator[bytes]:
        kwargs: dict[str, Any] = {"Bucket": bucket, "Key": key}
        if version:
            kwargs["VersionId"] = version
        with translate_errors("uploads.get"):
            body = self._s3.get_object(**kwargs)["Body"]
        with translate_errors("uploads.read"):
            yield from body.iter_chunks(_CHUNK_BYTES)

    def head(self, bucket: str, key: str, version: str | None) -> UploadHead:
        kwargs: dict[str, Any] = {"Bucket": bucket, "Key": key}
        if version:
            kwargs["VersionId"] = version
        with translate_errors("uploads.head"):
            found = self._s3.head_object(**kwargs)
        return UploadHead(int(found["ContentLength"]), dict(found.get("Metadata", {})))

    def discard(self, bucket: str, key: str) -> int:
        """Delete every version and delete marker of ``key``; how many versions held content."""
        return _delete_object(self._s3, bucket, key)

    def tag(self, bucket: str, key: str, version: str | None, tags: dict[str, str]) -> None:
        kwargs: dict[str, Any] = {
            "Bucket": bucket,
            "Key": key,
            "Tagging": {"TagSet": [{"Key": k, "Value": v} for k, v in tags.items()]},
        }
        if version:
            kwargs["VersionId"] = version
        with translate_errors("uploads.tag"):
            self._s3.put_object_tagging(**kwargs)


class S3UploadLinks:
    """Presigned PUT URLs into the upload bucket (SigV4: the metadata is a signed header the PUT must send)."""

    def __init__(self, s3: Any, bucket: str) -> None:
        self._s3 = s3
        self._bucket = bucket

    def presign_put(self, key: str, metadata: Mapping[str, str], ttl_seconds: int) -> tuple[str, dict[str, str]]:
        with translate_errors("uploads.presign"):
            url: str = self._s3.generate_presigned_url(
                "put_object",
                Params={"Bucket": self._bucket, "Key": key, "Metadata": dict(metadata)},
                ExpiresIn=ttl_seconds,
            )
        return url, {f"x-amz-meta-{name}": value for name, value in metadata.items()}


class UploadedObjects:
    """The subject data store ``uploaded_objects``: every version of every object under the subject's
    prefixes, exported as uploaded (under the file name sealed in its metadata) and deleted version by
    version on erasure. The prefixes are ``uploads/<tenant>/<subject pseudonym>/`` (the layout uploads are
    accepted in) and the old ``uploads/<tenant>/<subject id>/``, so objects put before the change (or
    while ``LEGACY_UPLOAD_KEYS`` accepts that layout) are still found, exported and erased."""

    kind = "uploaded_objects"

    def __init__(self, s3: Any, bucket: str, sealer: SubjectSealer) -> None:
        self._s3 = s3
        self._bucket = bucket
        self._sealer = sealer

    def _prefixes(self, tenant: str, subject: str) -> tuple[str, str]:
        return f"uploads/{tenant}/{self._sealer.pseudonym(tenant, subject)}/", f"uploads/{tenant}/{subject}/"

    def _versions(self, tenant: str, subject: str) -> list[dict[str, Any]]:
        return [v for prefix in self._prefixes(tenant, subject) for v in _versions_of(self._s3, self._bucket, prefix)]

    def count(self, tenant: str, subject: str) -> int:
        return sum(1 for v in self._versions(tenant, subject) if "Size" in v)

    def export(self, tenant: str, subject: str) -> Iterator[SubjectItem]:
        for version in sorted(self._versions(tenant, subject), key=lambda v: (v["Key"], v["LastModified"])):
            if "Size" not in version:
                continue  # a delete marker holds nothing
            with translate_errors("uploads.get"):
                found = self._s3.get_object(Bucket=self._bucket, Key=version["Key"], VersionId=version["VersionId"])
                body: bytes = found["Body"].read()
            name = self._name(version["Key"], found.get("Metadata", {}))
            data = {"name": name, "version_id": version["VersionId"], "size": len(body),
                    "uploaded_at": version["LastModified"].isoformat()}  # fmt: skip
            yield SubjectItem(self.kind, f"{name}?versionId={version['VersionId']}", data, True, body)

    def _name(self, key: str, metadata: Mapping[str, str]) -> str:
        """The name the file was uploaded under: sealed in the metadata, or the key's own in the old layout."""
        try:
            return upload_name(self._sealer, parse_upload_key(key), metadata)
        except UnreadableDocument:
            return key.rsplit("/", 1)[-1]

    def erase_object(self, tenant: str, subject: str, key: str) -> int:
        """Every version (and delete marker) of one uploaded object, as the retention sweep removes it with
        its record; the key must lie under one of the subject's prefixes. How many versions held content."""
        if not key.startswith(self._prefixes(tenant, subject)):
            raise ValueError("the object is not under the subject's upload prefix")
        return _delete_object(self._s3, self._bucket, key)

    def erase(self, tenant: str, subject: str) -> int:
        versions = self._versions(tenant, subject)
        _delete_versions(self._s3, self._bucket, versions)
        return sum(1 for v in versions if "Size" in v)


def _versions_of(s3: Any, bucket: str, prefix: str) -> list[dict[str, Any]]:
    """Every version and delete marker under ``prefix``."""
    found: list[dict[str, Any]] = []
    for page in pages(s3, "list_object_versions", "uploads.list", Bucket=bucket, Prefix=prefix):
        found.extend(page.get("Versions", []))
        found.extend(page.get("DeleteMarkers", []))
    return found


def _delete_object(s3: Any, bucket: str, key: str) -> int:
    """Delete every version and delete marker of ``key``; how many versions held content."""
    versions = [v for v in _versions_of(s3, bucket, key) if v["Key"] == key]
    _delete_versions(s3, bucket, versions)
    return sum(1 for v in versions if "Size" in v)


def _delete_versions(s3: Any, bucket: str, versions: list[dict[str, Any]]) -> None:
    for start in range(0, len(versions), 1000):
        batch = [{"Key": v["Key"], "VersionId": v["VersionId"]} for v in versions[start : start + 1000]]
        with translate_errors("uploads.erase"):
            s3.delete_objects(Bucket=bucket, Delete={"Objects": batch, "Quiet": True})
