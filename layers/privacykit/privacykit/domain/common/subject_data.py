"""The subject data map: every store that holds data about a subject registers here as a
:class:`SubjectDataStore` that can count, export and erase one subject's data (issue 11, GDPR Art. 15,
17, 20). Access requests and erasure iterate the map; they never scan a table, and a store added to the
template without registering fails a test (``tests/unit/test_subject_data_map.py``).

Stores look a subject up by the subject's keyed pseudonym (or under a prefix they were given), never
by a raw subject id kept at rest.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

__all__ = ["SubjectItem", "SubjectDataStore", "ResumableStore", "SubjectDataMap"]


@dataclass(frozen=True)
class SubjectItem:
    """One item of a subject's data, as the subject is given it: decrypted, in plain values."""

    kind: str
    item_id: str
    data: Mapping[str, Any]
    #: Provided by the subject (Art. 20 portability covers these), rather than derived by the bundle.
    provided_by_subject: bool = False
    #: Raw bytes that belong with the item (an uploaded file as it was uploaded), if any.
    content: bytes | None = None
    #: Set on an item a legal hold kept through an erasure: ``{hold_id, basis, until, restricted: True}``
    #: (its processing is restricted to the hold's purpose, GDPR Art. 18; docs/legal-holds.md).
    held: Mapping[str, Any] | None = None


class SubjectDataStore(Protocol):
    #: The kind of record this store holds (a CSV of the export, a count of the certificate).
    kind: str

    def count(self, tenant: str, subject: str) -> int: ...

    def export(self, tenant: str, subject: str) -> Iterator[SubjectItem]:
        """Every item of the subject, oldest first where the store has an order."""

    def erase(self, tenant: str, subject: str) -> int:
        """Delete every item of the subject (every version, where the store keeps versions); how many."""


@runtime_checkable
class ResumableStore(Protocol):
    """A store that can hold many items of one subject (classified records): it exports them in a fixed
    order, each with its *position* (an opaque string, small, free of personal values, kept in a
    checkpoint), so an export stopped part-way through it resumes just after the last item written. The
    store reads a bounded page at a time: memory does not grow with the subject's item count."""

    def export_after(self, tenant: str, subject: str, after: str | None) -> Iterator[tuple[SubjectItem, str]]:
        """The subject's items after position ``after`` (all of them for None), in the store's order, each
        with the position that resumes just after it."""


class SubjectDataMap:
    """The registered stores, in a fixed order (erasure deletes in this order)."""

    def __init__(self, stores: Sequence[SubjectDataStore]) -> None:
        kinds = [s.kind for s in stores]
        if len(set(kinds)) != len(kinds):
            raise ValueError("two subject data stores register the same kind")
        self._stores = tuple(stores)

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(s.kind for s in self._stores)

    def counts(self, tenant: str, subject: str) -> dict[str, int]:
        return {s.kind: s.count(tenant, subject) for s in self._stores}

    def export(self, tenant: str, subject: str, *, kinds: Sequence[str] | None = None) -> Iterator[SubjectItem]:
        """Every item of every store (or of the stores of ``kinds``), store after store."""
        for store in self._stores:
            if kinds is None or store.kind in kinds:
                yield from store.export(tenant, subject)

    def export_from(
        self, tenant: str, subject: str, *, store: int = 0, after: str | None = None
    ) -> Iterator[tuple[int, SubjectItem, str | None]]:
        """Every item from the ``store``-th store on (after position ``after`` in it, which must then be a
        :class:`ResumableStore`), with the index of its store and the position an export that stops after
        it resumes from: None where it cannot stop there (an export stops only inside a resumable store,
        or at the start of a store)."""
        for index in range(store, len(self._stores)):
            current = self._stores[index]
            if isinstance(current, ResumableStore):
                for item, position in current.export_after(tenant, subject, after if index == store else None):
                    yield index, item, position
            else:
                for item in current.export(tenant, subject):
                    yield index, item, None

    def erase(self, tenant: str, subject: str) -> dict[str, int]:
        return dict(self.erase_each(tenant, subject))

    def erase_each(self, tenant: str, subject: str) -> Iterator[tuple[str, int]]:
        """Each store's kind and how many items it deleted, as each store is done."""
        for store in self._stores:
            yield store.kind, store.erase(tenant, subject)
