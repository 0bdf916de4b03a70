"""Breach incidents: register, what-if, read, mark authority notices sent, send individual notices,
remind before deadlines and mark missed ones.

Pure domain code over repository protocols (no boto3, no Lambda events). The rules, deadlines,
reminder points and notice drafts come from :mod:`privacykit.domain.breach`; this module stores the
result, keeps an append-only timeline per incident and audits every change. Nothing stored here is a
personal value: the incident holds facts (timestamps, flags, counts, categories), affected subjects are
stored by the adapter sealed, and e-mail addresses are decrypted by the contact store only at send time.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import ValidationError

from privacykit.domain.breach import Assessment, Incident, assess
from privacykit.domain.breach.incidents import (
    INDIVIDUALS,
    Evidence,
    IncidentRecord,
    NoticeRun,
    OpenDeadline,
    StoredObligation,
    TimelineEntry,
)
from privacykit.domain.breach.notices import NoticeFacts, applicable_to, draft_notice
from privacykit.domain.breach.ports import ContactStore, IncidentRepository, Mailer, NoticeQueue, ReminderPublisher
from privacykit.domain.breach.reminders import reminder_status
from privacykit.domain.breach.rules import load_rules
from privacykit.domain.common.pages import DEFAULT_LIMIT, Page
from privacykit.errors import Conflict, NotFound, Unprocessable, validation_details
from privacykit.ports import AuditRecord, AuditSink, StagedWrite

__all__ = ["IncidentService", "incident_from"]


# ---------------------------------------------------------------------------------------------- input
def incident_from(data: dict[str, Any]) -> Incident:
    """Validate incident facts; bad input is a 422 listing every problem without echoing input."""
    try:
        return Incident.model_validate(data)
    except ValidationError as exc:
        raise Unprocessable("the incident is not valid", details=validation_details(exc.errors())) from exc


# ---------------------------------------------------------------------------------------------- service
IncidentStatus = Literal["open", "missed", "closed"]
#: How many pages of the table one filtered list answer reads at most before handing back a cursor.
_LIST_ROUNDS = 5


def _summary(record: IncidentRecord, obligations: Sequence[StoredObligation], now: datetime) -> dict[str, Any]:
    """An incident as a list shows it: its id, times and counts, none of its facts."""
    shown = [(stored, _obligation_view(stored, now)["status"]) for stored in obligations]
    states = {state for _, state in shown}
    open_deadlines = [s.deadline for s, state in shown if state == "open" and s.deadline is not None]
    status: IncidentStatus = "missed" if "missed" in states else "open" if "open" in states else "closed"
    return {
        "incident_id": record.incident_id,
        "registered_at": record.registered_at.isoformat(),
        "status": status,
        "affected_subjects": record.affected_subjects,
        "obligations": {kind: sum(state == kind for _, state in shown) for kind in ("open", "sent", "missed")},
        "next_deadline": min(open_deadlines).isoformat() if open_deadlines else None,
    }


def _unsent_before(obligations: Sequence[StoredObligation], moment: datetime) -> bool:
    """Whether a notice not sent yet (open or missed) was or is due before ``moment``."""
    return any(s.status != "sent" and s.deadline is not None and s.deadline < moment for s in obligations)


def _obligation_view(stored: StoredObligation, now: datetime) -> dict[str, Any]:
    status = stored.status
    deadline = stored.deadline
    if status == "open" and deadline is not None and now > deadline:
        status = "missed"  # the schedule persists this on its next run
    return {
        "obligation_id": stored.obligation_id,
        **stored.obligation.model_dump(mode="json"),
        "status": status,
        "reminders_sent": list(stored.reminded),
        "evidence": stored.evidence.as_dict() if stored.evidence else None,
    }


def _over(kept: NoticeFacts | None, given: NoticeFacts) -> NoticeFacts:
    """``given`` over ``kept``: a fact given replaces the one kept; one not given keeps it."""
    if kept is None:
        return given
    return replace(kept, **{k: v for k, v in dataclasses.asdict(given).items() if v is not None})


#: What a run counts: e-mails' subjects reached, already reached before, and each reason not to reach one.
_COUNTS = ("sent", "already_notified", "no_contact", "failed", "interrupted", "residence_unknown", "no_notice_owed")
#: Subjects per batch: their outcome writes, the checkpoint and the audit event fit one transaction.
NOTICE_BATCH = 50
#: The time (seconds) one batch may take at most (50 subjects, one e-mail per law each): the worker
#: starts no batch with less time left, and queues the run to go on instead.
BATCH_MARGIN_SECONDS = 60.0


def _done(run: NoticeRun) -> int:
    return sum(run.counts.values())


def _run_view(incident_id: str, run: NoticeRun) -> dict[str, Any]:
    return {
        "incident_id": incident_id,
        "run_id": run.run_id,
        "status": run.status,
        "started_at": run.started_at.isoformat(),
        "batches": run.batches,
        **{k: run.counts.get(k, 0) for k in _COUNTS},
        "obligations_marked_sent": list(run.obligations_marked_sent),
    }


class IncidentService:
    def __init__(
        self,
        incidents: IncidentRepository,
        contacts: ContactStore,
        mailer: Mailer,
        reminders: ReminderPublisher,
        audit: AuditSink,
        *,
        queue: NoticeQueue | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        new_id: Callable[[], str] = lambda: f"inc_{uuid.uuid4().hex}",
    ) -> None:
        self._incidents = incidents
        self._contacts = contacts
        self._mailer = mailer
        self._reminders = reminders
        self._audit = audit
        self._queue = queue
        self._clock = clock
        self._new_id = new_id

    # -- helpers ----------------------------------------------------------------------------
    def _entry(self, kind: str, at: datetime, **details: str | int | None) -> TimelineEntry:
        return TimelineEntry(entry_id=uuid.uuid4().hex, at=at, type=kind, details=details)

    def _record(self, tenant: str, incident_id: str) -> IncidentRecord:
        record = self._incidents.get(tenant, incident_id)
        if record is None:
            raise NotFound("no such incident")
        return record

    def _stored(self, tenant: str, incident_id: str, obligation_id: str) -> StoredObligation:
        for stored in self._incidents.obligations(tenant, incident_id):
            if stored.obligation_id == obligation_id:
                return stored
        raise NotFound("no such obligation")

    # -- commands ---------------------------------------------------------------------------
    def assess(self, tenant: str, incident: Incident, *, actor: str, actor_roles: tuple[str, ...] = ()) -> Assessment:
        """What-if: the obligations and warnings, nothing stored (the question is audited)."""
        result = assess(incident, now=self._clock())
        self._audit.record(
            tenant,
            AuditRecord(
                "breach.assessed",
                "success",
                actor=actor,
                actor_roles=actor_roles,
                details={"obligations": len(result.obligations), "warnings": len(result.warnings)},
            ),
        )
        return result

    def register(
        self,
        tenant: str,
        incident: Incident,
        *,
        affected_subjects: Sequence[str] = (),
        actor: str,
        actor_roles: tuple[str, ...] = (),
    ) -> dict[str, Any]:
        now = self._clock()
        result = assess(incident, now=now)
        incident_id = self._new_id()
        subjects = list(dict.fromkeys(affected_subjects))
        record = IncidentRecord(
            incident_id=incident_id,
            incident=incident,
            registered_at=now,
            rules_version=result.rules_version,
            warnings=result.warnings,
            affected_subjects=len(subjects),
        )
        stored = [
            StoredObligation(obligation_id=f"ob-{n:02d}", obligation=obligation)
            for n, obligation in enumerate(result.obligations, start=1)
        ]
        first = self._entry(
            "registered", now, obligations=len(stored), warnings=len(result.warnings), affected_subjects=len(subjects)
        )
        self._incidents.put_affected(tenant, incident_id, subjects)
        try:
            self._audit.record(
                tenant,
                AuditRecord(
                    "breach.incident_registered",
                    "success",
                    actor=actor,
                    actor_roles=actor_roles,
                    details={
                        "incident_id": incident_id,
                        "obligations": len(stored),
                        "warnings": len(result.warnings),
                        "affected_subjects": len(subjects),
                        "rules_version": result.rules_version,
                        "rule_ids": sorted({s.obligation.rule_id for s in stored}),
                    },
                ),
                changes=self._incidents.stage_create(tenant, record, stored, first),
            )
        except Exception:
            # The incident and its event did not commit: take its subjects away again, leave no orphans.
            self._incidents.discard_affected(tenant, incident_id, subjects)
            raise
        return {
            "incident_id": incident_id,
            "registered_at": now.isoformat(),
            "rules_version": result.rules_version,
            "obligations": [_obligation_view(s, now) for s in stored],
            "warnings": list(result.warnings),
        }

    def mark_sent(
        self,
        tenant: str,
        incident_id: str,
        obligation_id: str,
        evidence: Evidence,
        *,
        actor: str,
        actor_roles: tuple[str, ...] = (),
    ) -> dict[str, Any]:
        """Mark a notice sent, with the evidence of sending: an outbox notice, or an individuals notice
        given otherwise than through the bundle (post, substitute notice)."""
        record = self._record(tenant, incident_id)
        stored = self._stored(tenant, incident_id, obligation_id)
        if evidence.sent_at.tzinfo is None:
            raise Unprocessable("timestamps need an offset", details=[{"field": "sent_at"}])
        now = self._clock()
        if evidence.sent_at > now:
            raise Unprocessable("sent_at is in the future", details=[{"field": "sent_at"}])
        occurred = record.incident.occurred_at
        if occurred is not None and evidence.sent_at < occurred:
            raise Unprocessable("sent_at is before the incident occurred", details=[{"field": "sent_at"}])
        if stored.status == "sent":
            raise Conflict("the obligation was already marked sent")
        deadline = stored.deadline
        late = deadline is not None and evidence.sent_at > deadline
        entry = self._entry(
            "obligation_sent", now, obligation_id=obligation_id, rule_id=stored.obligation.rule_id, late=int(late)
        )
        self._audit.record(
            tenant,
            AuditRecord(
                "breach.notice_marked_sent",
                "success",
                actor=actor,
                actor_roles=actor_roles,
                details={
                    "incident_id": incident_id,
                    "obligation_id": obligation_id,
                    "rule_id": stored.obligation.rule_id,
                    "late": late,
                },
            ),
            changes=[
                # The mark's condition refuses a second sender that read the obligation before this one.
                self._incidents.stage_mark_sent(tenant, incident_id, obligation_id, evidence),
                self._incidents.stage_append(tenant, incident_id, entry),
            ],
        )
        return _obligation_view(replace(stored, status="sent", evidence=evidence), now)

    def complete_facts(
        self, tenant: str, incident_id: str, facts: NoticeFacts, *, actor: str, actor_roles: tuple[str, ...] = ()
    ) -> NoticeFacts:
        """Give the facts the notices need that the incident does not hold (nature, contact point,
        measures, reasons for delay, ...): each one given replaces the one kept, the others stay. The
        outbox drafts and the individuals notice use them; they are kept sealed, and the audit event and
        the timeline name the fields given, never their text."""
        self._record(tenant, incident_id)
        merged = _over(self._incidents.facts(tenant, incident_id), facts)
        given = sorted(name for name, value in dataclasses.asdict(facts).items() if value is not None)
        entry = self._entry("notice_facts_given", self._clock(), fields=",".join(given))
        self._audit.record(
            tenant,
            AuditRecord(
                "breach.notice_facts_given",
                "success",
                actor=actor,
                actor_roles=actor_roles,
                details={"incident_id": incident_id, "fields": given},
            ),
            changes=[
                self._incidents.stage_put_facts(tenant, incident_id, merged),
                self._incidents.stage_append(tenant, incident_id, entry),
            ],
        )
        return merged

    def store_contact(
        self,
        tenant: str,
        subject: str,
        email: str,
        *,
        residence: str | None = None,
        actor: str,
        actor_roles: tuple[str, ...] = (),
    ) -> dict[str, Any]:
        """Keep the subject's address and residence (a key of the taxonomy: which laws' notices they get),
        replacing both; without a residence only the notices of laws that apply whatever the residence
        reach them."""
        if residence is not None and residence not in load_rules().known_residence_keys():
            raise Unprocessable(
                "the residence key is not in the taxonomy (EU-DE, US-CA, CA-ON, UK, ...: docs/breach-rules.md)",
                details=[{"field": "residence"}],
            )
        self._audit.record(
            tenant,
            AuditRecord(
                "breach.contact_stored",
                "success",
                actor=actor,
                actor_roles=actor_roles,
                subject=subject,
                details={"residence_given": residence is not None},
            ),
            changes=[self._contacts.stage_put_email(tenant, subject, email, residence)],
        )
        return {"subject_id": subject, "email": "stored", "residence": "stored" if residence else None}

    def start_individual_notices(
        self,
        tenant: str,
        incident_id: str,
        facts: NoticeFacts,
        *,
        actor: str,
        actor_roles: tuple[str, ...] = (),
    ) -> dict[str, Any]:
        """Queue the individuals notices of the incident: the worker sends them in batches
        (:meth:`continue_individual_notices`). Each notice is the draft of one individuals obligation and
        must be complete (every element its law requires) before anything is queued. The facts given are
        kept (over the ones kept, sealed), since the worker sends them later. While a run is queued or
        running, asking again answers that run and queues it again (nothing is sent twice)."""
        record = self._record(tenant, incident_id)
        targets = [s for s in self._incidents.obligations(tenant, incident_id) if s.obligation.recipient == INDIVIDUALS]
        if not targets:
            raise Conflict("the incident has no obligation to notify individuals")
        merged = _over(self._incidents.facts(tenant, incident_id), facts)
        incomplete = sorted(
            {f for s in targets for f in draft_notice(s.obligation, record.incident, merged).incomplete}
        )
        if incomplete:
            raise Unprocessable(
                "the notice lacks elements the law requires", details=[{"field": f} for f in incomplete]
            )
        current = self._incidents.notice_run(tenant, incident_id)
        if current is not None and current.status == "failed":
            return self._resume_failed_run(tenant, incident_id, current, actor=actor, actor_roles=actor_roles)
        if current is not None and current.status != "completed":
            # Queued again: a message lost after the run was kept, or parked, would leave it standing.
            # A second message is harmless (a delivery that loses a batch to another stops).
            self._require_queue().send(tenant, incident_id)
            return _run_view(incident_id, current)
        now = self._clock()
        run = NoticeRun(run_id=uuid.uuid4().hex, status="queued", started_at=now, counts=dict.fromkeys(_COUNTS, 0))
        entry = self._entry(
            "individual_notices_queued", now, run_id=run.run_id, affected_subjects=record.affected_subjects
        )
        given = sorted(name for name, value in dataclasses.asdict(facts).items() if value is not None)
        self._audit.record(
            tenant,
            AuditRecord(
                "breach.individual_notices_queued",
                "success",
                actor=actor,
                actor_roles=actor_roles,
                details={"incident_id": incident_id, "run_id": run.run_id, "facts_given": given},
            ),
            changes=[
                self._incidents.stage_start_run(tenant, incident_id, run),
                self._incidents.stage_put_facts(tenant, incident_id, merged),
                self._incidents.stage_append(tenant, incident_id, entry),
            ],
        )
        self._require_queue().send(tenant, incident_id)
        return _run_view(incident_id, run)

    def _resume_failed_run(
        self, tenant: str, incident_id: str, run: NoticeRun, *, actor: str, actor_roles: tuple[str, ...]
    ) -> dict[str, Any]:
        """A failed run queued again from its checkpoint: nobody already sent to is sent to again."""
        queued = replace(run, status="queued")
        self._audit.record(
            tenant,
            AuditRecord(
                "breach.individual_notices_queued", "success", actor=actor, actor_roles=actor_roles,
                details={"incident_id": incident_id, "run_id": run.run_id, "resumed": True},
            ),
            changes=[self._incidents.stage_save_run(tenant, incident_id, queued, previous_cursor=run.cursor)],
        )  # fmt: skip
        self._require_queue().send(tenant, incident_id)
        return _run_view(incident_id, queued)

    def fail_individual_notices(self, tenant: str, incident_id: str) -> None:
        """Mark the incident's run failed (its message failed every receive and is being parked), keeping
        its checkpoint, so the status says so instead of ``running`` for ever."""
        run = self._incidents.notice_run(tenant, incident_id)
        if run is None or run.status in ("completed", "failed"):
            return
        self._audit.record(
            tenant,
            AuditRecord(
                "breach.individual_notices_failed", "failure",
                details={"incident_id": incident_id, "run_id": run.run_id, "batches": run.batches},
            ),
            changes=[
                self._incidents.stage_save_run(
                    tenant, incident_id, replace(run, status="failed"), previous_cursor=run.cursor
                )
            ],
        )  # fmt: skip

    def notices_status(self, tenant: str, incident_id: str) -> dict[str, Any] | None:
        self._record(tenant, incident_id)
        run = self._incidents.notice_run(tenant, incident_id)
        return _run_view(incident_id, run) if run else None

    def _require_queue(self) -> NoticeQueue:
        if self._queue is None:
            raise RuntimeError("this composition has no notice queue")
        return self._queue

    def continue_individual_notices(
        self, tenant: str, incident_id: str, *, time_left: Callable[[], float] = lambda: float("inf")
    ) -> dict[str, Any] | None:
        """Send the next batches of the incident's run until it completes or ``time_left()`` (seconds)
        falls under the margin of one batch; then queue the run again to go on in the next invocation.

        A batch: read the subjects after the checkpoint; claim the sends in one conditional write, before
        any e-mail leaves; send each subject one e-mail per law that applies to them; then record each
        subject's outcome, the checkpoint and the batch's audit event in one transaction whose condition
        is the checkpoint read. A subject found claimed but not recorded (a delivery that stopped between
        the two) is recorded ``interrupted`` and never sent again: at most one send per subject."""
        run = self._incidents.notice_run(tenant, incident_id)
        if run is None or run.status == "completed":
            return None  # a redelivered message of a finished run
        record = self._record(tenant, incident_id)
        targets = [s for s in self._incidents.obligations(tenant, incident_id) if s.obligation.recipient == INDIVIDUALS]
        facts = self._incidents.facts(tenant, incident_id) or NoticeFacts()
        texts = {s.obligation_id: draft_notice(s.obligation, record.incident, facts).as_text() for s in targets}
        if run.status in ("queued", "failed"):  # a failed run's parked message, redriven, goes on too
            run = replace(run, status="running")
        invocation = dict.fromkeys(_COUNTS, 0)
        try:
            while True:
                run, more = self._batch(tenant, incident_id, run, targets, texts, invocation)
                if not more:
                    return _run_view(incident_id, self._complete(tenant, incident_id, run, targets))
                if time_left() < BATCH_MARGIN_SECONDS:
                    break
        except Conflict:
            # Another delivery of the run's message (SQS delivers at least once) claimed or recorded this
            # batch first: it carries the run on, so this one stops without queueing it again.
            return _run_view(incident_id, self._incidents.notice_run(tenant, incident_id) or run)
        self._incidents.append(
            tenant,
            incident_id,
            self._entry("individual_notices_progress", self._clock(), run_id=run.run_id, **invocation, done=_done(run)),
        )
        self._require_queue().send(tenant, incident_id)
        return _run_view(incident_id, run)

    def _batch(
        self,
        tenant: str,
        incident_id: str,
        run: NoticeRun,
        targets: Sequence[StoredObligation],
        texts: dict[str, str],
        invocation: dict[str, int],
    ) -> tuple[NoticeRun, bool]:
        subjects, more = self._incidents.affected_after(tenant, incident_id, run.cursor, limit=NOTICE_BATCH)
        now = self._clock()
        outcome: dict[str, tuple[str, tuple[str, ...]]] = {}
        to_send: dict[str, tuple[str, list[StoredObligation]]] = {}
        before = {s.subject_id: s.rules_sent for s in subjects}
        by_obligation = {id(s.obligation): s for s in targets}
        for subject in subjects:
            if subject.notified_at is not None:
                continue  # counted as already notified, no write
            if subject.claimed_at is not None:
                outcome[subject.subject_id] = ("interrupted", subject.rules_sent)
                continue
            contact = self._contacts.contact(tenant, subject.subject_id)
            if contact is None:
                outcome[subject.subject_id] = ("no_contact", subject.rules_sent)
                continue
            chosen = applicable_to([s.obligation for s in targets], contact.residence)
            owed = [by_obligation[id(o)] for o in chosen]
            owed = [s for s in owed if s.obligation.rule_id not in subject.rules_sent]
            if not owed:
                unknown = contact.residence is None
                outcome[subject.subject_id] = ("residence_unknown" if unknown else "no_notice_owed", subject.rules_sent)
                continue
            to_send[subject.subject_id] = (contact.email, owed)
        if to_send:
            self._incidents.claim_sends(tenant, incident_id, list(to_send), now)
        for subject_id, (address, owed) in to_send.items():
            sent = list(before[subject_id])
            status = "notified"
            for stored in owed:
                try:
                    self._mailer.send(address, "Important: notice of a data breach", texts[stored.obligation_id])
                except Exception:  # one refused address must not stop the others
                    status = "failed"
                    continue
                sent.append(stored.obligation.rule_id)
            outcome[subject_id] = (status, tuple(dict.fromkeys(sent)))
        counts = dict.fromkeys(_COUNTS, 0)
        counts["already_notified"] = sum(s.notified_at is not None for s in subjects)
        for status, _ in outcome.values():
            counts["sent" if status == "notified" else status] += 1
        position = subjects[-1].position if subjects else run.cursor
        progressed = replace(
            run,
            cursor=position,
            batches=run.batches + 1,
            counts={k: run.counts.get(k, 0) + counts[k] for k in _COUNTS},
        )
        self._audit.record(
            tenant,
            AuditRecord(
                "breach.individual_notices_batch",
                "success" if counts["failed"] == 0 else "partial",
                actor="notice-worker",
                details={"incident_id": incident_id, "run_id": run.run_id, "batch": progressed.batches, **counts},
            ),
            changes=[
                *(
                    self._incidents.stage_outcome(tenant, incident_id, subject_id, status, rules, now)
                    for subject_id, (status, rules) in outcome.items()
                ),
                self._incidents.stage_save_run(tenant, incident_id, progressed, previous_cursor=run.cursor),
            ],
        )
        for key in _COUNTS:
            invocation[key] += counts[key]
        return progressed, more

    def _complete(
        self, tenant: str, incident_id: str, run: NoticeRun, targets: Sequence[StoredObligation]
    ) -> NoticeRun:
        """Finish the run: the obligations are marked sent when every affected subject was reached (or
        owed no notice); otherwise the officer reaches the rest another way and marks them with that
        evidence."""
        now = self._clock()
        counts = run.counts
        unreached = sum(counts.get(k, 0) for k in ("no_contact", "failed", "interrupted", "residence_unknown"))
        done = unreached == 0 and counts.get("sent", 0) + counts.get("already_notified", 0) > 0
        marked: list[str] = []
        changes: list[StagedWrite] = []
        if done:
            evidence = Evidence(sent_at=now, channel="email", reference=f"ses-run-{run.run_id[:12]}")
            for stored in targets:
                if stored.status != "sent":
                    marked.append(stored.obligation_id)
                    changes.append(self._incidents.stage_mark_sent(tenant, incident_id, stored.obligation_id, evidence))
        finished = replace(run, status="completed", obligations_marked_sent=tuple(marked))
        changes.append(self._incidents.stage_save_run(tenant, incident_id, finished, previous_cursor=run.cursor))
        changes.append(
            self._incidents.stage_append(
                tenant, incident_id, self._entry("individual_notices", now, run_id=run.run_id, **counts)
            )
        )
        self._audit.record(
            tenant,
            AuditRecord(
                "breach.individual_notices_sent",
                "success" if counts.get("failed", 0) == 0 else "partial",
                actor="notice-worker",
                details={"incident_id": incident_id, "run_id": run.run_id, **counts, "obligations_marked_sent": marked},
            ),
            changes=changes,
        )
        return finished

    # -- queries ----------------------------------------------------------------------------
    def get(self, tenant: str, incident_id: str) -> dict[str, Any]:
        record = self._record(tenant, incident_id)
        now = self._clock()
        return {
            "incident_id": record.incident_id,
            "registered_at": record.registered_at.isoformat(),
            "rules_version": record.rules_version,
            "incident": record.incident.model_dump(mode="json"),
            "affected_subjects": record.affected_subjects,
            "warnings": list(record.warnings),
            "obligations": [_obligation_view(s, now) for s in self._incidents.obligations(tenant, incident_id)],
            "timeline": [e.as_dict() for e in self._incidents.timeline(tenant, incident_id)],
        }

    def listed(
        self,
        tenant: str,
        *,
        status: IncidentStatus | None = None,
        due_before: datetime | None = None,
        limit: int = DEFAULT_LIMIT,
        cursor: str | None = None,
    ) -> Page[dict[str, Any]]:
        """A page of the tenant's incidents, the latest registered first, each with its status
        (``missed`` when an obligation missed its deadline, else ``open`` while one is still to send,
        else ``closed``) and its earliest deadline still to meet. ``due_before`` keeps the incidents
        with a notice not yet sent whose deadline falls before it (missed ones included: a late notice
        is still owed). With a filter a page may hold fewer than ``limit`` incidents, and a cursor,
        when the filter passed over more than it kept."""
        now = self._clock()
        found: list[dict[str, Any]] = []
        for _ in range(_LIST_ROUNDS):
            page = self._incidents.page(tenant, limit=limit - len(found), cursor=cursor)
            for record in page.items:
                obligations = self._incidents.obligations(tenant, record.incident_id)
                summary = _summary(record, obligations, now)
                if status is not None and summary["status"] != status:
                    continue
                if due_before is not None and not _unsent_before(obligations, due_before):
                    continue
                found.append(summary)
            cursor = page.next_cursor
            if cursor is None or len(found) >= limit:
                break
        return Page(tuple(found), cursor)

    def recipients(self, tenant: str, incident_id: str, *, limit: int, cursor: str | None) -> Page[dict[str, Any]]:
        """A page of the incident's affected subjects with where each one's notice stands (``notified``,
        else why the last attempt did not reach them, or ``pending``) and the rules whose notice reached
        them: whom to reach another way."""
        self._record(tenant, incident_id)  # an unknown incident is a 404, not an empty list
        page = self._incidents.affected_page(tenant, incident_id, limit=limit, cursor=cursor)
        shown = []
        for subject in page.items:
            at = subject.notified_at or subject.unreached_at
            shown.append(
                {
                    "subject_id": subject.subject_id,
                    "status": subject.notice_status,
                    "at": at.isoformat() if at else None,
                    "rules_sent": list(subject.rules_sent),
                }
            )
        return Page(tuple(shown), page.next_cursor)

    def contact_channels(self, tenant: str, subject: str, *, limit: int, cursor: str | None) -> Page[dict[str, Any]]:
        """The subject's contact channels on file (never the address itself)."""
        page = self._contacts.channels(tenant, subject, limit=limit, cursor=cursor)
        return Page(
            tuple(
                {"channel": c.channel, "updated_at": c.updated_at.isoformat() if c.updated_at else None}
                for c in page.items
            ),
            page.next_cursor,
        )

    def outbox(self, tenant: str, incident_id: str) -> dict[str, Any]:
        """Draft notices of every obligation not sent yet whose recipient is not the individuals."""
        record = self._record(tenant, incident_id)
        now = self._clock()
        facts = self._incidents.facts(tenant, incident_id)
        drafts = []
        for stored in self._incidents.obligations(tenant, incident_id):
            if stored.obligation.recipient == INDIVIDUALS or stored.status == "sent":
                continue
            draft = draft_notice(stored.obligation, record.incident, facts)
            drafts.append(
                {
                    "obligation_id": stored.obligation_id,
                    "rule_id": stored.obligation.rule_id,
                    "recipient": stored.obligation.recipient,
                    "recipient_name": stored.obligation.recipient_name,
                    "deadline": stored.obligation.deadline,
                    "qualifier": stored.obligation.qualifier,
                    "status": _obligation_view(stored, now)["status"],
                    "sections": draft.sections,
                    "incomplete": list(draft.incomplete),
                    "text": draft.as_text(),
                }
            )
        return {"incident_id": incident_id, "drafts": drafts}

    # -- schedule ---------------------------------------------------------------------------
    def remind(self) -> dict[str, int]:
        """Send each open deadline's 50 % and 90 % reminders once, and mark missed deadlines.

        Each mark or claim commits with its timeline entry and its audit event, and only then is the
        alert published: a claim that fails its condition was made by another run. A reminder whose
        alert cannot be published is released (and that is audited), so the next run tries again.
        """
        now = self._clock()
        counts = {"checked": 0, "reminders": 0, "missed": 0}
        for item in self._incidents.open_deadlines():
            counts["checked"] += 1
            stored = item.obligation
            deadline, trigger_at = stored.deadline, stored.trigger_at
            if deadline is None or trigger_at is None or deadline < trigger_at:
                continue
            key = (item.tenant, item.incident_id, stored.obligation_id)
            status = reminder_status(trigger_at, deadline, now)
            if status.missed:
                if self._commit_alert(item, "missed", now, self._incidents.stage_mark_missed(*key, now)):
                    self._publish(item, "missed")
                    counts["missed"] += 1
                continue
            passed = [lvl for lvl, hit in (("50", status.fifty_passed), ("90", status.ninety_passed)) if hit]
            claimed = [lvl for lvl in passed if lvl not in stored.reminded]
            if not claimed:
                continue
            if not self._commit_alert(item, claimed[-1], now, self._incidents.stage_claim_reminders(*key, claimed)):
                continue
            try:
                self._publish(item, claimed[-1])
            except Exception:
                # Let the next run try again rather than lose the reminder.
                self._audit.record(
                    item.tenant,
                    self._reminder_audit(item, claimed[-1], outcome="released"),
                    changes=[self._incidents.stage_release_reminders(*key, claimed)],
                )
                raise
            counts["reminders"] += 1
        return counts

    def _commit_alert(self, item: OpenDeadline, level: str, now: datetime, mark: StagedWrite) -> bool:
        """Commit the obligation's mark, its timeline entry and its audit event; False when the mark's
        condition failed (another run made it first)."""
        ob = item.obligation
        entry = self._entry(
            "deadline_missed" if level == "missed" else "reminder_sent",
            now,
            obligation_id=ob.obligation_id,
            rule_id=ob.obligation.rule_id,
            level=level,
        )
        try:
            self._audit.record(
                item.tenant,
                self._reminder_audit(item, level),
                changes=[mark, self._incidents.stage_append(item.tenant, item.incident_id, entry)],
            )
        except Conflict:
            return False
        return True

    def _reminder_audit(self, item: OpenDeadline, level: str, outcome: str = "success") -> AuditRecord:
        return AuditRecord(
            "breach.deadline_missed" if level == "missed" else "breach.reminder_sent",
            outcome,
            actor="schedule",
            details={
                "incident_id": item.incident_id,
                "obligation_id": item.obligation.obligation_id,
                "rule_id": item.obligation.obligation.rule_id,
                "level": level,
            },
        )

    def _publish(self, item: OpenDeadline, level: str) -> None:
        ob = item.obligation.obligation
        what = "deadline missed" if level == "missed" else f"{level} % of the notification period elapsed"
        self._reminders.publish(
            f"Breach {what}: {ob.jurisdiction} {ob.recipient}",
            {
                "tenant": item.tenant,
                "incident_id": item.incident_id,
                "obligation_id": item.obligation.obligation_id,
                "rule_id": ob.rule_id,
                "jurisdiction": ob.jurisdiction,
                "recipient": ob.recipient,
                "deadline": ob.deadline,
                "level": level,
            },
        )
