"""Erasure (GDPR Art. 17 and 19, CCPA delete): crypto-shred the subject's key first, then delete the
subject's data through the subject data map, and sign a certificate of what was done.

Shredding first means that from that moment nothing sealed under the key opens anywhere it was copied
(backups, exports, other stores); the deletes that follow remove what is left in clear or sealed under
other keys. Every step can be run again: a crash at any point, or a redelivered message, finishes the
job and returns the certificate signed the first time.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from privacykit.domain.common.canonical import canonical_json
from privacykit.domain.common.holds import HELD_KIND, HoldStore, LegalHold, hold_key_subject
from privacykit.domain.common.pages import DEFAULT_LIMIT, Page
from privacykit.domain.common.recipients import AccessRecipients
from privacykit.domain.common.subject_data import SubjectDataMap
from privacykit.domain.common.times import add_months
from privacykit.domain.erasure.holds import refuse_if_held
from privacykit.domain.erasure.model import CERTIFICATE_VERSION, ErasureRequest, subject_commitment
from privacykit.domain.erasure.ports import (
    ErasureEvents,
    ErasureRequests,
    HeldData,
    KeyTable,
    RequestQueue,
    SubjectKeys,
    Tombstone,
    Tombstones,
)
from privacykit.errors import Conflict, NotFound, PrivacyError
from privacykit.ports import AuditRecord, AuditSink, Clock, SignatureKind, Signer, utc_now

__all__ = ["ErasureDesk", "ErasureWorker", "reapply_erasures", "REQUEST_KEY_SUBJECT"]

#: Reserved key name (subject ids never start with "#") sealing the subject ids of open requests.
REQUEST_KEY_SUBJECT = "#rights-requests"


class ErasureDesk:
    """Takes erasure requests and answers about them (the API side)."""

    def __init__(
        self,
        requests: ErasureRequests,
        queue: RequestQueue,
        keys: SubjectKeys,
        holds: HoldStore,
        audit: AuditSink,
        *,
        clock: Clock = utc_now,
    ) -> None:
        self._requests = requests
        self._queue = queue
        self._keys = keys
        self._holds = holds
        self._audit = audit
        self._clock = clock

    def request(
        self, tenant: str, subject: str, *, actor: str, actor_roles: tuple[str, ...] = ()
    ) -> tuple[ErasureRequest, str | None]:
        """A new request and the nonce of its commitment (the requester keeps it), or the subject's
        open request and no nonce (it was handed out with that request)."""
        pseudonym = self._keys.pseudonym(tenant, subject)
        try:
            # Only a hold over all of the subject's data refuses the request; a partial hold keeps its kinds.
            refuse_if_held(self._holds.for_subject(tenant, pseudonym), self._clock())
        except Conflict as refused:
            self._audit.record(
                tenant,
                AuditRecord(
                    "erasure.refused",
                    "denied",
                    actor=actor,
                    actor_roles=actor_roles,
                    subject=subject,
                    details={"reason": "legal_hold", "holds": ",".join(d["hold_id"] for d in refused.details or ())},
                ),
            )
            raise
        existing, claimed = self._open_request(tenant, pseudonym)
        if existing is not None:
            return existing, None
        nonce = secrets.token_hex(16)
        request_id = f"era_{uuid.uuid4().hex}"
        received_at = self._clock()
        request = ErasureRequest(
            tenant=tenant,
            request_id=request_id,
            status="received",
            received_at=received_at,
            due_at=add_months(received_at, 1),
            commitment=subject_commitment(nonce, tenant, subject),
            subject_pseudonym=pseudonym,
            sealed_subject=self._keys.encrypt(tenant, REQUEST_KEY_SUBJECT, request_id, subject.encode()),
        )
        try:
            self._audit.record(
                tenant,
                AuditRecord(
                    "erasure.requested",
                    "success",
                    actor=actor,
                    actor_roles=actor_roles,
                    subject=subject,
                    details={"request_id": request_id},
                ),
                changes=[self._requests.stage_put(request), self._requests.stage_claim(request, replacing=claimed)],
            )
        except Conflict:
            # A request of the same subject was taken meanwhile (the claim moved on): that one is the answer.
            winner, _ = self._open_request(tenant, pseudonym)
            if winner is None:
                raise
            return winner, None
        request = request.written()
        try:
            self._queue.send(tenant, request_id)
        except PrivacyError:
            failed = replace(request, status="failed", reason="the request could not be queued; ask again")
            self._audit.record(
                tenant,
                AuditRecord(
                    "erasure.failed",
                    "failure",
                    actor=actor,
                    actor_roles=actor_roles,
                    details={"request_id": request_id, "reason": "not_queued", "shredded": False},
                ),
                changes=[self._requests.stage_put(failed)],
            )
            raise
        return request, nonce

    def _open_request(self, tenant: str, pseudonym: str) -> tuple[ErasureRequest | None, str | None]:
        """The subject's open request, if any, and the request the subject's claim names."""
        claimed = self._requests.claimed_by(tenant, pseudonym)
        request = self._requests.get(tenant, claimed) if claimed else None
        if request is not None and request.is_open:
            return request, claimed
        # A request taken before claims were kept is found through the index alone.
        return self._requests.open_for(tenant, pseudonym), claimed

    def get(self, tenant: str, request_id: str, *, asked_by: str, officer: bool) -> ErasureRequest:
        """The request, for an officer of the tenant or for its subject; anyone else learns nothing."""
        request = self._requests.get(tenant, request_id)
        if request is None or not (officer or self._keys.pseudonym(tenant, asked_by) == request.subject_pseudonym):
            raise NotFound("no such erasure request")
        return request

    def listed(
        self,
        tenant: str,
        *,
        status: str | None = None,
        due_before: datetime | None = None,
        limit: int = DEFAULT_LIMIT,
        cursor: str | None = None,
    ) -> Page[ErasureRequest]:
        """A page of the tenant's requests (the officer's work queue), soonest due first."""
        return self._requests.listed(tenant, status=status, due_before=due_before, limit=limit, cursor=cursor)


class ErasureWorker:
    """Carries requests out (the queue's worker)."""

    def __init__(
        self,
        requests: ErasureRequests,
        keys: SubjectKeys,
        data: SubjectDataMap,
        signer: Signer,
        events: ErasureEvents,
        audit: AuditSink,
        tombstones: Tombstones,
        holds: HoldStore,
        held: HeldData,
        recipients: AccessRecipients,
        *,
        backup_retention_days: int,
        clock: Clock = utc_now,
    ) -> None:
        self._held = held
        self._recipients = recipients
        self._requests = requests
        self._keys = keys
        self._data = data
        self._signer = signer
        self._events = events
        self._audit = audit
        self._tombstones = tombstones
        self._holds = holds
        self._backup_retention = timedelta(days=backup_retention_days)
        self._clock = clock

    def run(self, tenant: str, request_id: str) -> ErasureRequest:
        """Carry out the request (or finish it after a crash, or after its worker gave up on it); a
        completed one is returned as it is."""
        request = self._requests.get(tenant, request_id)
        if request is None:
            raise NotFound("no such erasure request")
        if not request.is_open and not request.resumable:
            return request
        if request.sealed_subject is None:
            raise NotFound("the erasure request holds no subject")
        subject = self._keys.decrypt(tenant, REQUEST_KEY_SUBJECT, request_id, request.sealed_subject).decode()
        if request.shredded_at is None:
            # From here on no hold lands (the claim says this request is shredding), and the holds placed
            # before are all seen: those the index does not show yet are named on the claim.
            noted = self._requests.mark_shredding(request)
            holds = [h for h in self._holds_of(tenant, request.subject_pseudonym, noted) if h.in_force(self._clock())]
            try:
                # A hold over everything placed after the request was taken stops it before the shred.
                refuse_if_held([h for h in holds if h.whole], self._clock())
            except Conflict:
                reason = "a legal hold was placed on the subject's data"
                return self._failed(replace(request, status="failed", reason=reason, sealed_subject=None), "legal_hold")
            # Record the key's id before it is gone: a retry after the shred still names it.
            if request.key_id is None:
                request = replace(request, status="in_progress", key_id=self._keys.key_id(tenant, subject))
                request = self._requests.put(request)
            if holds:
                # Partial holds: what they keep is copied under each hold's own key before the subject
                # key goes (a retry copies it again, replacing the same items), and recorded on the
                # request so the certificate of a retry says the same.
                request = replace(request, kept=tuple(self._keep(tenant, subject, h) for h in holds))
                request = self._requests.put(request)
            shredded_at = self._clock()
            if request.key_id is not None:
                # Outside the key table, where a restore of it from a backup does not reach: after a
                # restore, reapply_erasures shreds the key again.
                self._tombstones.put(
                    Tombstone(tenant, request.subject_pseudonym, request.key_id, request_id, shredded_at)
                )
            self._keys.shred(tenant, subject)
            request = replace(request, shredded_at=shredded_at)
            request = self._requests.put(request)
        # Every kind is deleted from its store; a held kind's items live on only in the hold's copy.
        # The holds' own copies (HELD_KIND) stay while their holds stand: the certificate's ``kept`` says so.
        held_kinds = {HELD_KIND, *(kind for entry in request.kept for kind in entry["items"])}
        erased = dict(request.erased)
        for kind, deleted in self._data.erase_each(tenant, subject):
            if deleted:
                erased[kind] = erased.get(kind, 0) + deleted
                request = replace(request, erased=dict(erased))
                request = self._requests.put(request)
        counts = {kind: erased.get(kind, 0) for kind in self._data.kinds if kind not in held_kinds}
        completed_at = self._clock()
        certificate = self._certificate(request, counts, completed_at)
        done = replace(
            request,
            status="completed",
            completed_at=completed_at,
            certificate=certificate,
            sealed_subject=None,
            reason=None,
        )
        self._audit.record(
            tenant,
            AuditRecord(
                "erasure.completed",
                "success",
                actor="erasure-worker",
                subject=subject,
                details={
                    "request_id": request_id,
                    "received_at": request.received_at.isoformat(),  # for reports: time to complete
                    **{f"erased_{kind}": n for kind, n in counts.items()},
                },
            ),
            changes=[self._requests.stage_put(done), self._requests.stage_shredding_done(done)],
        )
        self._events.subject_erased(tenant, request_id, request.commitment, completed_at)
        return done

    def fail(self, tenant: str, request_id: str, reason: str) -> ErasureRequest | None:
        """Mark an open request failed with ``reason`` (the last delivery of its message failed), keeping
        its progress and sealed subject so that a redrive finishes it. The event says whether the key was
        already shredded: from then on the subject's data cannot be read, whatever is left to delete."""
        request = self._requests.get(tenant, request_id)
        if request is None or not request.is_open:
            return request
        return self._failed(replace(request, status="failed", reason=reason), "worker")

    def _failed(self, failed: ErasureRequest, why: str) -> ErasureRequest:
        """Store the failed request with its ``erasure.failed`` event (``why``: legal_hold, worker), in one
        transaction; the event says whether the key was already shredded."""
        self._audit.record(
            failed.tenant,
            AuditRecord(
                "erasure.failed",
                "failure",
                actor="erasure-worker",
                details={"request_id": failed.request_id, "reason": why, "shredded": failed.shredded_at is not None},
            ),
            changes=[self._requests.stage_put(failed), self._requests.stage_shredding_done(failed)],
        )
        return failed

    def _holds_of(self, tenant: str, pseudonym: str, noted: frozenset[str]) -> list[LegalHold]:
        """The subject's holds: through the index, and those noted on the claim that it does not show yet."""
        found = {hold.hold_id: hold for hold in self._holds.for_subject(tenant, pseudonym)}
        for hold_id in sorted(noted - found.keys()):
            hold = self._holds.get(tenant, hold_id)
            if hold is not None:
                found[hold_id] = hold
        return list(found.values())

    def _certificate(
        self, request: ErasureRequest, counts: dict[str, int], completed_at: datetime
    ) -> dict[str, object]:
        assert request.shredded_at is not None  # shredding comes first
        effective = request.shredded_at + timedelta(seconds=self._keys.cache_ttl_seconds)
        body = {
            "version": CERTIFICATE_VERSION,
            "request_id": request.request_id,
            "tenant": request.tenant,
            "subject_commitment": request.commitment,
            "received_at": request.received_at.isoformat(),
            "key_id": request.key_id,
            "key_shredded_at": request.shredded_at.isoformat(),
            "effective_everywhere_at": effective.isoformat(),
            "backups_expired_by": (request.shredded_at + self._backup_retention).isoformat(),
            "erased": counts,
            # Art. 19: whom the erasure must be passed on to, as the access decisions name them (roles
            # and services, never people); SubjectErased tells their systems.
            "recipients": [r.view() for r in self._recipients.of_subject(request.tenant, request.subject_pseudonym)],
            "kept": {
                "consent_events": "pseudonymised proof of consent; details unreadable without the key",
                "legal_holds": list(request.kept),
            },
            "completed_at": completed_at.isoformat(),
        }
        signature = self._signer.sign(SignatureKind.ERASURE_CERTIFICATE, canonical_json(body))
        return {
            "certificate": body,
            "signature": signature.hex(),
            "key_id": self._signer.key_id,
            "algorithm": self._signer.algorithm,
        }

    def _keep(self, tenant: str, subject: str, hold: LegalHold) -> dict[str, Any]:
        """Copy the kinds ``hold`` keeps into its sealed copy; what the certificate says of it."""
        kinds = tuple(kind for kind in self._data.kinds if hold.covers(kind))
        items = {kind: self._held.keep(tenant, hold.hold_id, self._data.export(tenant, subject, kinds=(kind,)))
                 for kind in kinds}  # fmt: skip
        return {
            "hold_id": hold.hold_id,
            "basis": hold.basis,
            "until": hold.until.isoformat() if hold.until else None,
            "items": items,
            "sealed_under_key_id": self._keys.key_id(tenant, hold_key_subject(hold.hold_id)),
            "readable_for": f"the hold's purpose ({hold.basis}) only; refused to every other purpose",
            "erased_when": "the hold is released or expires",
        }


def reapply_erasures(tombstones: Tombstones, keys: KeyTable) -> dict[str, int]:
    """After the key table was restored from a backup: shred again every key a tombstone names that the
    restore brought back. A key of the same pseudonym with another id is a key made after the erasure
    (the subject came back) and stays."""
    counts = {"tombstones": 0, "reshredded": 0, "newer_key_kept": 0}
    for tombstone in tombstones.all():
        counts["tombstones"] += 1
        found = keys.key_id(tombstone.tenant, tombstone.pseudonym)
        if found is None:
            continue
        if found == tombstone.key_id:
            keys.delete(tombstone.tenant, tombstone.pseudonym)
            counts["reshredded"] += 1
        else:
            counts["newer_key_kept"] += 1
    return counts
