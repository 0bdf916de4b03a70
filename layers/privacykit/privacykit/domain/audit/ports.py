"""The audit trail's own ports: where the chain head and the segments are kept."""

from __future__ import annotations

from typing import Protocol

from privacykit.domain.audit.chain import (
    ChainHead,
    SegmentCopy,
)

__all__ = ["ChainHeadStore", "SegmentStore"]


class ChainHeadStore(Protocol):
    def get(self, tenant: str) -> ChainHead | None: ...

    def advance(self, tenant: str, expected: ChainHead | None, new: ChainHead) -> None:
        """Move the head from ``expected`` to ``new``; :class:`ChainConflict` if it moved meanwhile."""

    def tenants(self) -> list[str]: ...

    def last_digest_seq(self, tenant: str) -> int: ...

    def set_last_digest_seq(self, tenant: str, seq: int) -> None: ...


class SegmentStore(Protocol):
    def put_segment(self, tenant: str, name: str, body: bytes) -> None: ...

    def segments(self, tenant: str) -> list[SegmentCopy]: ...

    def put_digest(self, tenant: str, last_seq: int, body: bytes) -> None: ...

    def digests(self, tenant: str) -> list[bytes]: ...
