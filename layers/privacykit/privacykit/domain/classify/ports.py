"""Where uploaded objects are read and tagged."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

__all__ = ["UploadStore"]


class UploadStore(Protocol):
    def chunks(self, bucket: str, key: str, version: str | None) -> Iterable[bytes]: ...

    def tag(self, bucket: str, key: str, version: str | None, tags: dict[str, str]) -> None: ...

    def metadata(self, bucket: str, key: str, version: str | None) -> dict[str, str]:
        """The object's user metadata (``x-amz-meta-*``, names lower-case, without the prefix)."""
        ...
