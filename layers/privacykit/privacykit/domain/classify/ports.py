"""Where uploaded objects are read and tagged."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

__all__ = ["ErasedKeys", "UploadStore"]


class UploadStore(Protocol):
    def chunks(self, bucket: str, key: str, version: str | None) -> Iterable[bytes]: ...

    def tag(self, bucket: str, key: str, version: str | None, tags: dict[str, str]) -> None: ...

    def discard(self, bucket: str, key: str) -> int:
        """Delete every version of the object; how many held content."""
        ...

    def size(self, bucket: str, key: str, version: str | None) -> int:
        """The object's length in bytes."""
        ...

    def metadata(self, bucket: str, key: str, version: str | None) -> dict[str, str]:
        """The object's user metadata (``x-amz-meta-*``, names lower-case, without the prefix)."""
        ...


class ErasedKeys(Protocol):
    def shredded(self, tenant: str, pseudonym: str, sealed: bytes) -> bool:
        """Whether ``sealed`` was sealed under a key of ``pseudonym`` that an erasure shredded (its tombstone)."""
        ...
