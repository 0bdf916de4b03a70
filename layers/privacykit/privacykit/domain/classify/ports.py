"""Where uploaded objects are read and tagged."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

__all__ = ["ErasedKeys", "UploadHead", "UploadStore"]


@dataclass(frozen=True)
class UploadHead:
    """What one request tells of an uploaded object before it is read: its length in bytes and its user
    metadata (``x-amz-meta-*``, names lower-case, without the prefix)."""

    size: int
    metadata: dict[str, str]


class UploadStore(Protocol):
    def chunks(self, bucket: str, key: str, version: str | None) -> Iterable[bytes]: ...

    def tag(self, bucket: str, key: str, version: str | None, tags: dict[str, str]) -> None: ...

    def discard(self, bucket: str, key: str) -> int:
        """Delete every version of the object; how many held content."""
        ...

    def head(self, bucket: str, key: str, version: str | None) -> UploadHead: ...


class ErasedKeys(Protocol):
    def shredded(self, tenant: str, pseudonym: str, sealed: bytes) -> bool:
        """Whether ``sealed`` was sealed under a key of ``pseudonym`` that an erasure shredded (its tombstone)."""
        ...
