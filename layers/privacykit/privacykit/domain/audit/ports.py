"""The audit trail's own ports: the outbox events wait in, the chain head, and the segment store."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from privacykit.domain.audit.chain import ChainHead, ChainPoint, SegmentCopy
from privacykit.ports import StagedWrite

__all__ = ["PendingEvent", "AuditOutbox", "ChainHeadStore", "SegmentStore", "DigestEntry", "DayPartitions"]


@dataclass(frozen=True)
class PendingEvent:
    """An event committed with its change but not yet given its place in the chain."""

    key: str
    draft: Mapping[str, Any]


class AuditOutbox(Protocol):
    """Where events wait between the transaction that commits them with their change and the sealer."""

    def commit(self, tenant: str, drafts: Sequence[Mapping[str, Any]], changes: Sequence[StagedWrite]) -> None:
        """Store ``drafts`` as pending events and make ``changes``, in one transaction; :class:`Conflict`
        (with the change's own message) when a change's condition fails, and then nothing is stored."""

    def pending(self, tenant: str, limit: int) -> list[PendingEvent]:
        """The oldest pending events of ``tenant``, at most ``limit``."""

    def count_pending(self, tenant: str) -> int:
        """How many events of ``tenant`` wait to be sequenced."""

    def sequence(
        self,
        tenant: str,
        expected: ChainHead | None,
        pending: Sequence[PendingEvent],
        events: Sequence[Mapping[str, Any]],
    ) -> None:
        """In one transaction: move the head from ``expected`` to the last of ``events``, store ``events``
        as sequenced and remove ``pending``; :class:`ChainConflict` if the head moved meanwhile."""

    def sequenced(self, tenant: str, first_seq: int, last_seq: int) -> list[dict[str, Any]]:
        """The sequenced events ``first_seq..last_seq`` still in the outbox, in order."""

    def prune(self, tenant: str, up_to_seq: int) -> None:
        """Remove the sequenced events up to ``up_to_seq`` (they are sealed in segments)."""

    def tenants(self) -> list[str]:
        """The tenants with events in the outbox (pending or not yet sealed)."""


class ChainHeadStore(Protocol):
    def get(self, tenant: str) -> ChainHead | None: ...

    def advance_sealed(self, tenant: str, expected: ChainPoint, sealed: ChainPoint) -> None:
        """Move the sealed mark from ``expected`` to ``sealed``; :class:`ChainConflict` if it moved."""

    def tenants(self) -> list[str]: ...


@dataclass(frozen=True)
class DigestEntry:
    """A stored digest, as listed: its last sequence number, how many versions exist (one, unless it
    was overwritten) and whether a delete marker hides it."""

    last_seq: int
    versions: int = 1
    deleted: bool = False


class SegmentStore(Protocol):
    def put_segment(self, tenant: str, name: str, body: bytes) -> bytes:
        """Write ``body`` under ``name`` unless something is there already; returns what the name holds
        (``body``, or what an earlier writer put there)."""

    def segments(self, tenant: str, after: str = "", until: str = "") -> list[SegmentCopy]:
        """The segments named after ``after`` and up to ``until`` (all of them by default), every version
        of each."""

    def segment_names(self, tenant: str) -> list[str]:
        """The names of ``tenant``'s segments, in order (listed, not read)."""

    def has_segments(self, tenant: str) -> bool: ...

    def put_digest(self, tenant: str, last_seq: int, body: bytes) -> None: ...

    def digests(self, tenant: str) -> list[DigestEntry]:
        """Every digest of ``tenant`` (listed, not read), by last sequence number."""

    def read_digest(self, tenant: str, last_seq: int) -> bytes:
        """The first version of the digest ending at ``last_seq``."""


class DayPartitions(Protocol):
    """The sealed events again, split by tenant and UTC day, for ad-hoc SQL (the Glue table and Athena
    workgroup of template.yaml; docs/audit-reports.md). Not read by verification: the segments are the
    record."""

    def put_day(self, tenant: str, day: str, name: str, body: bytes) -> None:
        """Write the events of segment ``name`` that fall on ``day`` (``YYYY-MM-DD``) once."""
