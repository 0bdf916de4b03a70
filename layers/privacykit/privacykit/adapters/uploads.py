"""Uploaded objects in S3: read in chunks and tagged with their classification."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from privacykit.adapters.aws import translate_errors

__all__ = ["S3Uploads"]

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
