"""Every hand-written fake of a port, in one place.

Each class names the port it fakes. The repository-like fakes behave as their DynamoDB or S3 adapter
does (the suites in ``tests/contract/`` run the same assertions on both); where they differ, the adapter
is right and the fake follows it. ``shred`` on a fake stands for crypto-shredding the subject's key
(``SubjectKeyring.shred``): what the adapter sealed under that key can no longer be read.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

from privacykit.crypto import WrappedKey
from privacykit.domain.access.ports import BreakGlassUse
from privacykit.domain.audit.chain import GENESIS, ChainHead, ChainPoint, SegmentCopy
from privacykit.domain.audit.jobs import VerificationJob
from privacykit.domain.audit.ports import DigestEntry, PendingEvent
from privacykit.domain.audit.service import AuditDigester, AuditSealer, AuditVerifier, AuditWriter, TrailChecker
from privacykit.domain.breach.incidents import (
    AffectedSubject,
    Evidence,
    IncidentRecord,
    NoticeRun,
    OpenDeadline,
    StoredObligation,
    TimelineEntry,
    Unreached,
)
from privacykit.domain.breach.notices import NoticeFacts
from privacykit.domain.breach.ports import ContactChannel, NoticeContact
from privacykit.domain.common.pages import Page, decode_cursor, encode_cursor, page_of
from privacykit.domain.common.records import ClassifiedRecord
from privacykit.domain.consent.model import ConsentEvent
from privacykit.domain.monitoring.model import ALERT_ID_PATTERN, Alert, AlertStatus
from privacykit.domain.monitoring.ports import AlertPage, OpenRequest, WindowHit
from privacykit.domain.retention.model import SweepRun, SweepTask
from privacykit.errors import ChainConflict, Conflict, DependencyFailure, KeyShredded, ValidationFailed
from privacykit.ports import AuditRecord, SignatureKind, Signer, StagedWrite, signed_message

__all__ = [
    "FakeClock",
    "InMemoryBreakGlass",
    "RecordingAudit",
    "HmacSigner",
    "PlainPseudonyms",
    "InMemorySubjectKeys",
    "InMemoryConsents",
    "FakeConsent",
    "InMemoryRecords",
    "InMemoryIncidents",
    "InMemoryContacts",
    "RecordingMailer",
    "RecordingReminders",
    "InMemoryChainHeads",
    "InMemoryOutbox",
    "InMemorySegments",
    "InMemoryTrail",
    "InMemoryJobs",
    "RecordingJobQueue",
    "InMemoryWindows",
    "InMemoryAlertStore",
    "RecordingAlertPublisher",
    "FixedOpenRequests",
    "InMemorySweepRuns",
    "apply",
]

_Key = tuple[str, str]


# -- privacykit/ports.py ---------------------------------------------------------------------------
class FakeClock:
    """Clock: a time that moves only when the test says so."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def apply(*writes: StagedWrite) -> None:
    """Make the staged writes of the in-memory fakes (their operation is a callable), in order."""
    for write in writes:
        write.operation()


class RecordingAudit:
    """AuditSink: makes the staged changes (fakes' callables) and keeps every (tenant, record) it is
    given; a change that fails (Conflict) leaves no record, as the transaction does. With ``fail`` set it
    fails before anything is made, as a transaction that did not commit."""

    def __init__(self) -> None:
        self.records: list[tuple[str, AuditRecord]] = []
        self.fail: Exception | None = None

    def record(
        self,
        tenant: str,
        *records: AuditRecord,
        at: datetime | None = None,
        changes: Sequence[StagedWrite] = (),
    ) -> None:
        if self.fail is not None:
            raise self.fail
        apply(*changes)
        self.records.extend((tenant, r) for r in records)


class HmacSigner:
    """Signer: HMAC-SHA256 under a fixed key instead of a KMS key. It signs ``signed_message(kind, payload)``
    as the KMS signer does, but one key serves every kind: a test sharing it between services shows that
    the kind in the message alone keeps a digest from verifying as a receipt."""

    key_id = "test-key"
    algorithm = "HMAC_SHA_256"

    def sign(self, kind: SignatureKind, payload: bytes) -> bytes:
        return hmac.new(b"k", signed_message(kind, payload), hashlib.sha256).digest()

    def verify(self, kind: SignatureKind, payload: bytes, signature: bytes) -> bool:
        return hmac.compare_digest(self.sign(kind, payload), signature)


class PlainPseudonyms:
    """Pseudonymizer: an unkeyed hash, stable per (tenant, subject) and prefixed like the real one."""

    def pseudonym(self, tenant: str, subject: str) -> str:
        return "ps_" + hashlib.sha256(f"{tenant}/{subject}".encode()).hexdigest()[:16]


# -- privacykit/crypto.py --------------------------------------------------------------------------
class InMemorySubjectKeys:
    """SubjectKeyStore: wrapped keys by (tenant, subject); a key is created once and deleted once."""

    def __init__(self) -> None:
        self.keys: dict[_Key, WrappedKey] = {}

    def get(self, tenant: str, subject: str) -> WrappedKey | None:
        return self.keys.get((tenant, subject))

    def put_if_absent(self, tenant: str, subject: str, key: WrappedKey) -> bool:
        if (tenant, subject) in self.keys:
            return False
        self.keys[(tenant, subject)] = key
        return True

    def delete(self, tenant: str, subject: str) -> bool:
        return self.keys.pop((tenant, subject), None) is not None


# -- domain/consent and the access check -----------------------------------------------------------
class InMemoryConsents:
    """ConsentRepository: an append-only log per (tenant, subject), read back oldest first.

    Like the table (sort key ``<at>#<event_id>``), an event appended a second time is refused.
    """

    def __init__(self) -> None:
        self.events: dict[_Key, list[ConsentEvent]] = {}

    def stage_append(self, tenant: str, subject: str, event: ConsentEvent) -> StagedWrite:
        return StagedWrite(partial(self.append, tenant, subject, event))

    def append(self, tenant: str, subject: str, event: ConsentEvent) -> None:
        events = self.events.setdefault((tenant, subject), [])
        if any((e.at, e.event_id) == (event.at, event.event_id) for e in events):
            raise Conflict("consent.append: the item changed meanwhile")
        events.append(event)

    def history(self, tenant: str, subject: str) -> list[ConsentEvent]:
        return sorted(self.events.get((tenant, subject), []), key=lambda e: (e.at, e.event_id))


class FakeConsent:
    """ConsentChecker (domain/access/service.py): consent is in force for the (tenant, subject, purpose)
    triples in ``granted``; every question is kept in ``calls``."""

    def __init__(self) -> None:
        self.granted: set[tuple[str, str, str]] = set()
        self.calls: list[tuple[str, str, str, datetime]] = []

    def has_consent(self, tenant: str, subject: str, purpose: str, at: datetime) -> bool:
        self.calls.append((tenant, subject, purpose, at))
        return (tenant, subject, purpose) in self.granted


# -- domain/common/records.py ----------------------------------------------------------------------
class InMemoryRecords:
    """RecordRepository: records by (tenant, record id), the text kept apart as the table seals it.

    As the table: a save replaces the whole record, scores are kept to three decimals, empty optional
    values read back as None, and text and object keys are only stored for a subject.
    """

    def __init__(self) -> None:
        self.records: dict[_Key, ClassifiedRecord] = {}
        self.texts: dict[_Key, str] = {}
        self.shredded: set[_Key] = set()
        #: Whose each record is, as the table's pseudonym index keeps it once the subject id no longer opens.
        self.owners: dict[_Key, str] = {}

    @staticmethod
    def _check(record: ClassifiedRecord) -> None:
        if record.text is not None and not record.subject_id:
            raise ValueError("text is only stored for a subject, under that subject's key")
        if record.object_ref and not record.subject_id:
            raise ValueError("an object key is only stored for a subject, under that subject's key")

    def stage_save(self, record: ClassifiedRecord) -> StagedWrite:
        self._check(record)
        return StagedWrite(partial(self.save, record))

    def save(self, record: ClassifiedRecord) -> None:
        self._check(record)
        key = (record.tenant, record.record_id)
        self.records[key] = replace(
            record,
            entities=tuple(replace(e, score=round(e.score, 3)) for e in record.entities),
            subject_id=record.subject_id or None,
            purpose=record.purpose or None,
            object_ref=record.object_ref or None,
            reason=record.reason or None,
            created_by=record.created_by or None,
            text=None,
        )
        self.texts.pop(key, None)
        self.shredded.discard(key)
        self.owners.pop(key, None)
        if record.subject_id:
            self.owners[key] = record.subject_id
        if record.text is not None:
            self.texts[key] = record.text

    def get(self, tenant: str, record_id: str) -> ClassifiedRecord | None:
        return self.records.get((tenant, record_id))

    def text(self, record: ClassifiedRecord) -> str | None:
        key = (record.tenant, record.record_id)
        if key in self.shredded and key in self.texts:
            raise KeyShredded("the subject's key has been erased; the value can no longer be read")
        if not record.subject_id:
            return None
        return self.texts.get(key)

    def by_subject(self, tenant: str, subject: str, *, limit: int, cursor: str | None) -> Page[ClassifiedRecord]:
        """Newest first, as the table's ``by_subject`` index gives them; the cursor counts what was given."""
        position = decode_cursor(cursor, "records", ("offset",))
        start = int(position["offset"]) if position else 0
        mine = sorted(
            (r for k, r in self.records.items() if k[0] == tenant and self.owners.get(k) == subject),
            key=lambda r: (r.created_at.isoformat(), r.record_id),
            reverse=True,
        )
        chunk = mine[start : start + limit]
        more = start + limit < len(mine)
        return Page(tuple(chunk), encode_cursor("records", {"offset": str(start + limit)}) if more else None)

    def shred(self, tenant: str, subject: str) -> None:
        """The subject key is gone: the text, the subject id and the object key no longer open."""
        for key in [k for k in self.records if k[0] == tenant and self.owners.get(k) == subject]:
            self.records[key] = replace(self.records[key], subject_id=None, object_ref=None)
            self.shredded.add(key)


# -- domain/breach/ports.py ------------------------------------------------------------------------
#: The reminder levels the incident table can claim (it keeps one attribute for each).
_REMINDER_LEVELS = ("50", "90")


class InMemoryBreakGlass:
    """BreakGlassLog: uses by (tenant, use id); a use is kept only when its staged write is made."""

    def __init__(self) -> None:
        self.uses: dict[tuple[str, str], BreakGlassUse] = {}

    def stage(self, use: BreakGlassUse) -> StagedWrite:
        return StagedWrite(partial(self.uses.__setitem__, (use.tenant, use.use_id), use))

    def list(self, tenant: str, *, since: datetime | None = None, limit: int = 100) -> list[BreakGlassUse]:
        found = sorted((u for (t, _), u in self.uses.items() if t == tenant), key=lambda u: u.use_id)
        return [u for u in found if since is None or u.at >= since][:limit]


class InMemoryIncidents:
    """IncidentRepository: incidents, obligations, timeline and affected subjects per (tenant, incident).

    As the table: the timeline is read oldest first and an entry is written once; status changes and
    reminder claims answer False for an unknown obligation; notifying an unknown subject is a Conflict.
    """

    def __init__(self) -> None:
        self.records: dict[_Key, IncidentRecord] = {}
        self.obs: dict[_Key, dict[str, StoredObligation]] = {}
        self.entries: dict[_Key, list[TimelineEntry]] = {}
        self.subjects: dict[_Key, dict[str, AffectedSubject]] = {}
        self.notice_facts: dict[_Key, NoticeFacts] = {}
        self.runs: dict[_Key, NoticeRun] = {}

    def create(
        self,
        tenant: str,
        record: IncidentRecord,
        obligations: Sequence[StoredObligation],
        affected: Sequence[str],
        first: TimelineEntry,
    ) -> None:
        self.put_affected(tenant, record.incident_id, affected)
        apply(*self.stage_create(tenant, record, obligations, first))

    def put_affected(self, tenant: str, incident_id: str, affected: Sequence[str]) -> None:
        self.subjects.setdefault((tenant, incident_id), {}).update({s: AffectedSubject(s) for s in affected})

    def discard_affected(self, tenant: str, incident_id: str, affected: Sequence[str]) -> None:
        for subject in affected:
            self.subjects.get((tenant, incident_id), {}).pop(subject, None)

    def stage_create(
        self, tenant: str, record: IncidentRecord, obligations: Sequence[StoredObligation], first: TimelineEntry
    ) -> list[StagedWrite]:
        def create() -> None:
            key = (tenant, record.incident_id)
            if key in self.records:
                raise Conflict("the incident exists already")
            self.records[key] = record
            # The table stores an obligation's status only: reminders, evidence and missed_at come later.
            self.obs[key] = {
                o.obligation_id: StoredObligation(o.obligation_id, o.obligation, o.status) for o in obligations
            }
            self.entries[key] = [first]
            self.subjects.setdefault(key, {})

        return [StagedWrite(create)]

    def stage_append(self, tenant: str, incident_id: str, entry: TimelineEntry) -> StagedWrite:
        return StagedWrite(partial(self.append, tenant, incident_id, entry))

    def stage_mark_sent(self, tenant: str, incident_id: str, obligation_id: str, evidence: Evidence) -> StagedWrite:
        def mark() -> None:
            if not self.mark_sent(tenant, incident_id, obligation_id, evidence):
                raise Conflict("the obligation was already marked sent")

        return StagedWrite(mark)

    def get(self, tenant: str, incident_id: str) -> IncidentRecord | None:
        return self.records.get((tenant, incident_id))

    def obligations(self, tenant: str, incident_id: str) -> list[StoredObligation]:
        return sorted(self.obs.get((tenant, incident_id), {}).values(), key=lambda o: o.obligation_id)

    def timeline(self, tenant: str, incident_id: str) -> list[TimelineEntry]:
        return sorted(self.entries.get((tenant, incident_id), []), key=lambda e: (e.at, e.entry_id))

    def append(self, tenant: str, incident_id: str, entry: TimelineEntry) -> None:
        entries = self.entries.setdefault((tenant, incident_id), [])
        if any((e.at, e.entry_id) == (entry.at, entry.entry_id) for e in entries):
            raise Conflict("incidents.timeline: the item changed meanwhile")
        entries.append(entry)

    def _obligation(self, tenant: str, incident_id: str, obligation_id: str) -> StoredObligation | None:
        return self.obs.get((tenant, incident_id), {}).get(obligation_id)

    def _put(self, tenant: str, incident_id: str, stored: StoredObligation) -> bool:
        self.obs[(tenant, incident_id)][stored.obligation_id] = stored
        return True

    def mark_sent(self, tenant: str, incident_id: str, obligation_id: str, evidence: Evidence) -> bool:
        stored = self._obligation(tenant, incident_id, obligation_id)
        if stored is None or stored.status == "sent":
            return False
        return self._put(tenant, incident_id, replace(stored, status="sent", evidence=evidence))

    def mark_missed(self, tenant: str, incident_id: str, obligation_id: str, at: datetime) -> bool:
        stored = self._obligation(tenant, incident_id, obligation_id)
        if stored is None or stored.status != "open":
            return False
        return self._put(tenant, incident_id, replace(stored, status="missed", missed_at=at))

    def claim_reminder(self, tenant: str, incident_id: str, obligation_id: str, level: str) -> bool:
        if level not in _REMINDER_LEVELS:
            raise KeyError(level)  # as the table, which has no attribute for another level
        stored = self._obligation(tenant, incident_id, obligation_id)
        if stored is None or level in stored.reminded:
            return False
        reminded = tuple(lvl for lvl in _REMINDER_LEVELS if lvl in stored.reminded or lvl == level)
        return self._put(tenant, incident_id, replace(stored, reminded=reminded))

    def release_reminder(self, tenant: str, incident_id: str, obligation_id: str, level: str) -> None:
        stored = self._obligation(tenant, incident_id, obligation_id)
        if stored is not None:
            self._put(tenant, incident_id, replace(stored, reminded=tuple(r for r in stored.reminded if r != level)))

    def stage_mark_missed(self, tenant: str, incident_id: str, obligation_id: str, at: datetime) -> StagedWrite:
        def mark() -> None:
            if not self.mark_missed(tenant, incident_id, obligation_id, at):
                raise Conflict("the obligation is no longer open")

        return StagedWrite(mark)

    def stage_claim_reminders(
        self, tenant: str, incident_id: str, obligation_id: str, levels: Sequence[str]
    ) -> StagedWrite:
        def claim() -> None:
            stored = self._obligation(tenant, incident_id, obligation_id)
            if stored is None or any(level in stored.reminded for level in levels):
                raise Conflict("the reminder was claimed already")
            for level in levels:
                self.claim_reminder(tenant, incident_id, obligation_id, level)

        return StagedWrite(claim)

    def stage_release_reminders(
        self, tenant: str, incident_id: str, obligation_id: str, levels: Sequence[str]
    ) -> StagedWrite:
        def release() -> None:
            for level in levels:
                self.release_reminder(tenant, incident_id, obligation_id, level)

        return StagedWrite(release)

    def open_deadlines(self) -> list[OpenDeadline]:
        return [
            OpenDeadline(tenant, incident_id, o)
            for (tenant, incident_id), obs in self.obs.items()
            for o in obs.values()
            if o.status == "open" and o.deadline is not None
        ]

    def affected(self, tenant: str, incident_id: str) -> list[AffectedSubject]:
        return list(self.subjects.get((tenant, incident_id), {}).values())

    def page(self, tenant: str, *, limit: int, cursor: str | None) -> Page[IncidentRecord]:
        """The latest registered first, as the table's ``by_tenant`` index gives them."""
        position = decode_cursor(cursor, "incidents", ("offset",))
        start = int(position["offset"]) if position else 0
        mine = sorted(
            (r for (t, _), r in self.records.items() if t == tenant),
            key=lambda r: (r.registered_at, r.incident_id),
            reverse=True,
        )
        more = start + limit < len(mine)
        next_cursor = encode_cursor("incidents", {"offset": str(start + limit)}) if more else None
        return Page(tuple(mine[start : start + limit]), next_cursor)

    def mark_notified(self, tenant: str, incident_id: str, subject_id: str, at: datetime) -> None:
        subjects = self.subjects.get((tenant, incident_id), {})
        if subject_id not in subjects:
            raise Conflict("incidents.mark_notified: the item changed meanwhile")
        subjects[subject_id] = AffectedSubject(subject_id, at)

    def stage_put_facts(self, tenant: str, incident_id: str, facts: NoticeFacts) -> StagedWrite:
        return StagedWrite(partial(self.notice_facts.__setitem__, (tenant, incident_id), facts))

    def facts(self, tenant: str, incident_id: str) -> NoticeFacts | None:
        return self.notice_facts.get((tenant, incident_id))

    def mark_unreached(self, tenant: str, incident_id: str, subject_id: str, why: Unreached, at: datetime) -> None:
        subjects = self.subjects.get((tenant, incident_id), {})
        if subject_id not in subjects:
            raise Conflict("incidents.mark_unreached: the item changed meanwhile")
        subjects[subject_id] = replace(subjects[subject_id], unreached=why, unreached_at=at)

    def affected_page(self, tenant: str, incident_id: str, *, limit: int, cursor: str | None) -> Page[AffectedSubject]:
        """By subject id (the table orders by pseudonym: callers must not rely on the order)."""
        subjects = list(self.subjects.get((tenant, incident_id), {}).values())
        return page_of("recipients", subjects, lambda s: s.subject_id, cursor, limit)

    # -- notice runs: as the table, positions are the subject ids in order, and each write is conditional
    def affected_after(
        self, tenant: str, incident_id: str, position: str | None, *, limit: int
    ) -> tuple[list[AffectedSubject], bool]:
        ordered = sorted(self.subjects.get((tenant, incident_id), {}).values(), key=lambda s: s.subject_id)
        after = [replace(s, position=s.subject_id) for s in ordered if position is None or s.subject_id > position]
        return after[:limit], len(after) > limit

    def notice_run(self, tenant: str, incident_id: str) -> NoticeRun | None:
        return self.runs.get((tenant, incident_id))

    def stage_start_run(self, tenant: str, incident_id: str, run: NoticeRun) -> StagedWrite:
        def start() -> None:
            current = self.runs.get((tenant, incident_id))
            if current is not None and current.status != "completed":
                raise Conflict("a run of individual notices is under way")
            self.runs[(tenant, incident_id)] = run

        return StagedWrite(start)

    def stage_save_run(
        self, tenant: str, incident_id: str, run: NoticeRun, *, previous_cursor: str | None
    ) -> StagedWrite:
        def save() -> None:
            current = self.runs.get((tenant, incident_id))
            if (
                current is None
                or current.run_id != run.run_id
                or current.status == "completed"
                or current.cursor != previous_cursor
            ):
                raise Conflict("another delivery recorded this batch first")
            self.runs[(tenant, incident_id)] = run

        return StagedWrite(save)

    def claim_sends(self, tenant: str, incident_id: str, subject_ids: Sequence[str], at: datetime) -> None:
        subjects = self.subjects.get((tenant, incident_id), {})
        for subject_id in subject_ids:
            found = subjects.get(subject_id)
            if found is None or found.notified_at is not None or found.claimed_at is not None:
                raise Conflict("a send to a subject of the batch was claimed before")
        for subject_id in subject_ids:
            subjects[subject_id] = replace(subjects[subject_id], claimed_at=at)

    def stage_outcome(
        self, tenant: str, incident_id: str, subject_id: str, status: str, rules_sent: Sequence[str], at: datetime
    ) -> StagedWrite:
        def record() -> None:
            subjects = self.subjects.get((tenant, incident_id), {})
            found = subjects.get(subject_id)
            if found is None or found.notified_at is not None:
                raise Conflict("the subject was recorded notified before")
            if status == "notified":
                subjects[subject_id] = replace(
                    found, notified_at=at, unreached=None, unreached_at=None, rules_sent=tuple(rules_sent)
                )
            else:
                claimed = None if status in ("failed", "no_contact") else found.claimed_at
                subjects[subject_id] = replace(
                    found,
                    unreached=status,
                    unreached_at=at,
                    rules_sent=tuple(rules_sent),
                    claimed_at=claimed,  # type: ignore[arg-type]
                )

        return StagedWrite(record)


class InMemoryContacts:
    """ContactStore: one address per (tenant, subject); ``opened`` lists the subjects whose address was read."""

    def __init__(self) -> None:
        self.emails: dict[_Key, str] = {}
        self.residences: dict[_Key, str | None] = {}
        self.updated: dict[_Key, datetime] = {}
        self.opened: list[str] = []

    def put_email(self, tenant: str, subject: str, email: str, residence: str | None = None) -> None:
        self.emails[(tenant, subject)] = email
        self.residences[(tenant, subject)] = residence
        self.updated[(tenant, subject)] = datetime.now(UTC)

    def channels(self, tenant: str, subject: str, *, limit: int, cursor: str | None) -> Page[ContactChannel]:
        on_file = [ContactChannel("email", self.updated[(tenant, subject)])] if (tenant, subject) in self.emails else []
        return page_of("contacts", on_file, lambda c: c.channel, cursor, limit)

    def stage_put_email(self, tenant: str, subject: str, email: str, residence: str | None = None) -> StagedWrite:
        return StagedWrite(partial(self.put_email, tenant, subject, email, residence))

    def email(self, tenant: str, subject: str) -> str | None:
        self.opened.append(subject)
        return self.emails.get((tenant, subject))

    def contact(self, tenant: str, subject: str) -> NoticeContact | None:
        email = self.email(tenant, subject)
        return NoticeContact(email, self.residences.get((tenant, subject))) if email is not None else None

    def shred(self, tenant: str, subject: str) -> None:
        self.emails.pop((tenant, subject), None)


class RecordingMailer:
    """Mailer: keeps each (to, subject, body); an address in ``fail_for`` is refused."""

    def __init__(self, fail_for: set[str] | None = None) -> None:
        self.sent: list[tuple[str, str, str]] = []
        self.fail_for = fail_for or set()

    def send(self, to: str, subject: str, body: str) -> str:
        if to in self.fail_for:
            raise RuntimeError("rejected")
        self.sent.append((to, subject, body))
        return f"msg-{len(self.sent)}"


class RecordingReminders:
    """ReminderPublisher: keeps each (subject, message); ``fail = True`` makes publishing fail."""

    def __init__(self) -> None:
        self.published: list[tuple[str, dict[str, Any]]] = []
        self.fail = False

    def publish(self, subject: str, message: dict[str, Any]) -> None:
        if self.fail:
            raise RuntimeError("sns down")
        self.published.append((subject, message))


# -- domain/audit/ports.py -------------------------------------------------------------------------
class InMemoryChainHeads:
    """ChainHeadStore: each tenant's head; the sealed mark moves only from the mark the sealer read."""

    def __init__(self) -> None:
        self.heads: dict[str, ChainHead] = {}

    def get(self, tenant: str) -> ChainHead | None:
        return self.heads.get(tenant)

    def advance_sealed(self, tenant: str, expected: ChainPoint, sealed: ChainPoint) -> None:
        head = self.heads.get(tenant)
        if head is None or head.sealed != expected:
            raise ChainConflict("the sealed mark moved")
        self.heads[tenant] = replace(head, sealed_seq=sealed.seq, sealed_hash=sealed.hash)

    def tenants(self) -> list[str]:
        return sorted(self.heads)


class InMemoryOutbox:
    """AuditOutbox: pending events by key, sequenced events by number; ``sequence`` moves the head of
    ``heads`` (the table's transaction spans both tables). ``commit`` makes the staged changes first and
    stores nothing when one fails, as the transaction."""

    def __init__(self, heads: InMemoryChainHeads) -> None:
        self.heads = heads
        self.waiting: dict[str, dict[str, dict[str, Any]]] = {}
        self.sequenced_events: dict[str, dict[int, dict[str, Any]]] = {}

    def commit(self, tenant: str, drafts: Sequence[Mapping[str, Any]], changes: Sequence[StagedWrite]) -> None:
        apply(*changes)
        for draft in drafts:
            self.waiting.setdefault(tenant, {})[f"p#{draft['at']}#{draft['event_id']}"] = dict(draft)

    def pending(self, tenant: str, limit: int) -> list[PendingEvent]:
        waiting = self.waiting.get(tenant, {})
        return [PendingEvent(key, waiting[key]) for key in sorted(waiting)[:limit]]

    def count_pending(self, tenant: str) -> int:
        return len(self.waiting.get(tenant, {}))

    def sequence(
        self,
        tenant: str,
        expected: ChainHead | None,
        pending: Sequence[PendingEvent],
        events: Sequence[Mapping[str, Any]],
    ) -> None:
        waiting = self.waiting.get(tenant, {})
        if self.heads.get(tenant) != expected or any(p.key not in waiting for p in pending):
            raise ChainConflict("the audit chain head moved")
        for p in pending:
            del waiting[p.key]
        stored = self.sequenced_events.setdefault(tenant, {})
        stored.update({e["seq"]: dict(e) for e in events})
        last = events[-1]
        sealed = (expected.sealed_seq, expected.sealed_hash) if expected else (0, GENESIS)
        self.heads.heads[tenant] = ChainHead(last["seq"], last["hash"], *sealed)

    def sequenced(self, tenant: str, first_seq: int, last_seq: int) -> list[dict[str, Any]]:
        stored = self.sequenced_events.get(tenant, {})
        return [stored[seq] for seq in sorted(stored) if first_seq <= seq <= last_seq]

    def prune(self, tenant: str, up_to_seq: int) -> None:
        stored = self.sequenced_events.get(tenant, {})
        for seq in [seq for seq in stored if seq <= up_to_seq]:
            del stored[seq]

    def tenants(self) -> list[str]:
        return sorted(t for t in self.waiting.keys() | self.sequenced_events.keys())


class InMemorySegments:
    """SegmentStore: objects under the bucket's keys, each written once (``If-None-Match: *``: a second
    put finds the first body), listed in key order. Keeps one version of each (the bucket's tampering
    cases are tested on moto)."""

    def __init__(self) -> None:
        self.objects: dict[str, bytes] = {}

    def _put(self, key: str, body: bytes) -> bytes:
        return self.objects.setdefault(key, body)

    def _listed(self, prefix: str, after: str = "") -> list[tuple[str, bytes]]:
        return [
            (key[len(prefix) :], body)
            for key, body in sorted(self.objects.items())
            if key.startswith(prefix) and key[len(prefix) :] > after
        ]

    def put_segment(self, tenant: str, name: str, body: bytes) -> bytes:
        return self._put(f"audit/{tenant}/segments/{name}", body)

    def segments(self, tenant: str, after: str = "", until: str = "") -> list[SegmentCopy]:
        listed = self._listed(f"audit/{tenant}/segments/", after)
        return [SegmentCopy(name, (body,)) for name, body in listed if not until or name <= until]

    def segment_names(self, tenant: str) -> list[str]:
        return [name for name, _ in self._listed(f"audit/{tenant}/segments/")]

    def has_segments(self, tenant: str) -> bool:
        return bool(self._listed(f"audit/{tenant}/segments/"))

    def put_digest(self, tenant: str, last_seq: int, body: bytes) -> None:
        self._put(f"audit/{tenant}/digests/{last_seq:012d}.json", body)

    def digests(self, tenant: str) -> list[DigestEntry]:
        return [DigestEntry(int(name.removesuffix(".json"))) for name, _ in self._listed(f"audit/{tenant}/digests/")]

    def read_digest(self, tenant: str, last_seq: int) -> bytes:
        return self.objects[f"audit/{tenant}/digests/{last_seq:012d}.json"]


class InMemoryTrail:
    """The whole audit trail over the in-memory outbox, heads and segments: the writer, the sealer, the
    digester and the verifier, signing digests with ``signer``."""

    def __init__(self, signer: Signer, *, segment_max_events: int = 5000) -> None:
        self.heads = InMemoryChainHeads()
        self.outbox = InMemoryOutbox(self.heads)
        self.segments = InMemorySegments()
        self.writer = AuditWriter(self.outbox, PlainPseudonyms())
        self.sealer = AuditSealer(self.outbox, self.heads, self.segments, segment_max_events=segment_max_events)
        checker = TrailChecker(self.heads, self.segments, signer)
        self.digester = AuditDigester(checker, self.heads, self.segments, signer, self.writer)
        self.verifier = AuditVerifier(checker, self.outbox, self.writer)

    def seal(self) -> None:
        self.sealer.seal_all()


class InMemoryJobs:
    """JobStore (domain/audit/jobs.py): verification jobs by (tenant, job id)."""

    def __init__(self) -> None:
        self.jobs: dict[_Key, VerificationJob] = {}

    def stage_put(self, job: VerificationJob) -> StagedWrite:
        return StagedWrite(partial(self.put, job))

    def put(self, job: VerificationJob) -> None:
        self.jobs[(job.tenant, job.job_id)] = job

    def get(self, tenant: str, job_id: str) -> VerificationJob | None:
        return self.jobs.get((tenant, job_id))


class RecordingJobQueue:
    """JobQueue: keeps what was sent; with ``fail`` set, sending fails as an unreachable queue does."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []
        self.fail = False

    def send(self, tenant: str, job_id: str) -> None:
        if self.fail:
            raise DependencyFailure("audit_jobs.queue failed (EndpointConnectionError)")
        self.sent.append((tenant, job_id))


# -- domain/monitoring/ports.py --------------------------------------------------------------------
class InMemoryWindows:
    """WindowStore: one entry per (tenant, counter, event id), as the window table keeps them."""

    def __init__(self) -> None:
        self.hits: dict[tuple[str, str, str], WindowHit] = {}

    def add(self, tenant: str, hits: Sequence[WindowHit]) -> None:
        for hit in hits:
            self.hits[(tenant, hit.counter, f"{hit.at.isoformat()}#{hit.event_id}")] = hit

    def count(self, tenant: str, counter: str, since: datetime, until: datetime) -> int:
        return sum(
            1 for (t, c, _), hit in self.hits.items() if t == tenant and c == counter and since < hit.at <= until
        )


class InMemoryAlertStore:
    """AlertStore: alerts by (tenant, id) and dedup claims by (tenant, key) with their expiry."""

    def __init__(self) -> None:
        self.alerts: dict[tuple[str, str], Alert] = {}
        self.claims: dict[tuple[str, str], tuple[str, datetime]] = {}

    def stage_raise(self, alert: Alert, dedup_until: datetime, now: datetime) -> list[StagedWrite]:
        key = (alert.tenant, alert.dedup_key)

        def claim() -> None:
            held = self.claims.get(key)
            if held is not None and held[1] >= now:
                raise Conflict("an alert of the same key is in force")
            self.claims[key] = (alert.alert_id, dedup_until)

        return [
            StagedWrite(claim),
            StagedWrite(partial(self.alerts.__setitem__, (alert.tenant, alert.alert_id), alert)),
        ]

    def claimed_by(self, tenant: str, dedup_key: str) -> str | None:
        held = self.claims.get((tenant, dedup_key))
        return held[0] if held else None

    def get(self, tenant: str, alert_id: str) -> Alert | None:
        return self.alerts.get((tenant, alert_id))

    def stage_acknowledge(self, tenant: str, alert_id: str, by: str, at: datetime) -> StagedWrite:
        def acknowledge() -> None:
            alert = self.alerts.get((tenant, alert_id))
            if alert is None or alert.status != "open":
                raise Conflict("the alert is not open")
            self.alerts[(tenant, alert_id)] = replace(
                alert, status="acknowledged", acknowledged_at=at, acknowledged_by=by
            )

        return StagedWrite(acknowledge, "the alert is not open")

    def mark_notified(self, tenant: str, alert_id: str) -> None:
        self.alerts[(tenant, alert_id)] = replace(self.alerts[(tenant, alert_id)], notified=True)

    def page(
        self,
        tenant: str,
        *,
        since: datetime | None,
        until: datetime | None,
        rule_id: str | None,
        status: AlertStatus | None,
        severity: str | None,
        limit: int,
        cursor: str | None,
    ) -> AlertPage:
        import re

        if cursor is not None and not re.fullmatch(ALERT_ID_PATTERN, cursor):
            raise ValidationFailed("the cursor is not one this list gave")
        found = sorted((a for (t, _), a in self.alerts.items() if t == tenant), key=lambda a: a.alert_id, reverse=True)
        found = [
            a
            for a in found
            if (cursor is None or a.alert_id < cursor)
            and (since is None or a.raised_at >= since)
            and (until is None or a.raised_at < until)
            and (rule_id is None or a.rule_id == rule_id)
            and (status is None or a.status == status)
            and (severity is None or a.severity == severity)
        ]
        page = found[:limit]
        return AlertPage(page, page[-1].alert_id if len(found) > limit else None)


class RecordingAlertPublisher:
    """AlertPublisher: keeps each alert published; with ``fail`` set it raises instead."""

    def __init__(self) -> None:
        self.published: list[Alert] = []
        self.fail: Exception | None = None

    def publish(self, alert: Alert) -> None:
        if self.fail is not None:
            raise self.fail
        self.published.append(alert)


class FixedOpenRequests:
    """OpenRequests: the open requests a test gives, per tenant."""

    def __init__(self, requests: dict[str, list[OpenRequest]]) -> None:
        self.requests = requests

    def tenants(self) -> list[str]:
        return sorted(self.requests)

    def open_requests(self, tenant: str) -> list[OpenRequest]:
        return list(self.requests.get(tenant, []))


# -- domain/retention/ports.py ---------------------------------------------------------------------
class InMemorySweepRuns:
    """SweepRuns: runs, their tasks (lease, cursor, counters), the tenant's lock and applied policy, as
    RetentionRunTable keeps them; every conditional write refuses as the table's condition does."""

    def __init__(self) -> None:
        self.runs: dict[_Key, SweepRun] = {}
        self.tasks_by_run: dict[_Key, dict[str, SweepTask]] = {}
        self.locks: dict[str, tuple[str, datetime]] = {}
        self.policies: dict[str, str] = {}

    def stage_start(
        self, run: SweepRun, tasks: Sequence[str], *, lock: bool, lease_until: datetime
    ) -> list[StagedWrite]:
        def take_lock() -> None:
            held = self.locks.get(run.tenant)
            if held is not None and held[1] >= run.started_at:
                raise Conflict("a retention sweep of this tenant is still going")
            self.locks[run.tenant] = (run.run_id, lease_until)

        def put_run() -> None:
            if (run.tenant, run.run_id) in self.runs:
                raise Conflict("the run exists")
            self.runs[(run.tenant, run.run_id)] = replace(run, tasks_done=0)
            self.tasks_by_run[(run.tenant, run.run_id)] = {t: SweepTask(run.run_id, t, False) for t in tasks}

        return ([StagedWrite(take_lock)] if lock else []) + [StagedWrite(put_run)]

    def current(self, tenant: str, now: datetime) -> str | None:
        held = self.locks.get(tenant)
        return held[0] if held is not None and held[1] >= now else None

    def get(self, tenant: str, run_id: str) -> SweepRun | None:
        return self.runs.get((tenant, run_id))

    def tasks(self, tenant: str, run_id: str) -> list[SweepTask]:
        return list(self.tasks_by_run.get((tenant, run_id), {}).values())

    def task(self, tenant: str, run_id: str, task: str) -> SweepTask | None:
        return self.tasks_by_run.get((tenant, run_id), {}).get(task)

    def _held(self, tenant: str, run_id: str, task: str, owner: str) -> SweepTask | None:
        found = self.task(tenant, run_id, task)
        return found if found is not None and found.owner == owner and not found.done else None

    def claim(self, tenant: str, run_id: str, task: str, owner: str, now: datetime, until: datetime) -> bool:
        found = self.task(tenant, run_id, task)
        if found is None or found.done or (found.lease_until is not None and found.lease_until >= now):
            return False
        self.tasks_by_run[(tenant, run_id)][task] = replace(found, owner=owner, lease_until=until)
        return True

    def _add(self, tenant: str, run_id: str, task: str, counts: Mapping[str, int], **changes: Any) -> None:
        found = self.tasks_by_run[(tenant, run_id)][task]
        total = dict(found.counts)
        for name, value in counts.items():
            if value:
                total[name] = total.get(name, 0) + int(value)
        self.tasks_by_run[(tenant, run_id)][task] = replace(found, counts=total, **changes)

    def stage_count(self, tenant: str, run_id: str, task: str, owner: str, counts: Mapping[str, int]) -> StagedWrite:
        def count() -> None:
            if self._held(tenant, run_id, task, owner) is None:
                raise Conflict("the sweep task is held by another worker")
            self._add(tenant, run_id, task, counts)

        return StagedWrite(count)

    def save(
        self, tenant: str, run_id: str, task: str, owner: str, cursor: str | None, counts: Mapping[str, int],
        until: datetime,
    ) -> bool:  # fmt: skip
        if self._held(tenant, run_id, task, owner) is None:
            return False
        self._add(tenant, run_id, task, counts, cursor=cursor, lease_until=until)
        return True

    def release(self, tenant: str, run_id: str, task: str, owner: str) -> None:
        found = self.task(tenant, run_id, task)
        if found is not None and found.owner == owner:
            self.tasks_by_run[(tenant, run_id)][task] = replace(found, owner=None, lease_until=None)

    def finish_task(self, tenant: str, run_id: str, task: str, owner: str) -> bool:
        found = self._held(tenant, run_id, task, owner)
        if found is None:
            return False
        self.tasks_by_run[(tenant, run_id)][task] = replace(found, done=True, owner=None, lease_until=None)
        run = self.runs[(tenant, run_id)]
        self.runs[(tenant, run_id)] = replace(run, tasks_done=run.tasks_done + 1)
        return True

    def abandon_task(self, tenant: str, run_id: str, task: str) -> bool:
        found = self.task(tenant, run_id, task)
        if found is None or found.done:
            return False
        self._add(tenant, run_id, task, {"task_failed": 1}, done=True, owner=None, lease_until=None)
        run = self.runs[(tenant, run_id)]
        self.runs[(tenant, run_id)] = replace(run, tasks_done=run.tasks_done + 1)
        return True

    def stage_complete(self, run: SweepRun, counts: Mapping[str, int], at: datetime) -> list[StagedWrite]:
        def complete() -> None:
            stored = self.runs[(run.tenant, run.run_id)]
            if stored.status != "running":
                raise Conflict("the sweep was completed already")
            self.runs[(run.tenant, run.run_id)] = replace(
                stored, status=run.status, completed_at=at, counts=dict(counts)
            )
            if self.locks.get(run.tenant, ("", at))[0] == run.run_id:
                del self.locks[run.tenant]

        return [StagedWrite(complete)]

    def applied_policy(self, tenant: str) -> str | None:
        return self.policies.get(tenant)

    def set_applied_policy(self, tenant: str, fingerprint: str) -> None:
        self.policies[tenant] = fingerprint

    def recent(self, tenant: str, limit: int) -> list[SweepRun]:
        found = sorted((r for (t, _), r in self.runs.items() if t == tenant), key=lambda r: r.run_id, reverse=True)
        return found[:limit]
