"""DSAR export (GDPR Art. 15 and 20, CCPA right to know): the desk takes requests, says where they
stand, extends them where the law allows and hands out download links; the worker builds the package
through the subject data map, signs its manifest and keeps it sealed under the subject's key, so that a
later erasure shreds it with everything else.

Every step that changes a request commits with its audit event (design.md section 5); every download is
audited. Audit events name the subject only as the writer pseudonymises it.
"""

from __future__ import annotations

import secrets
import tempfile
import uuid
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from privacykit.domain.common.pages import DEFAULT_LIMIT, Page
from privacykit.domain.common.recipients import AccessRecipients
from privacykit.domain.common.retention import RetentionPolicies
from privacykit.domain.common.subject_data import SubjectDataMap
from privacykit.domain.dsar.deadlines import (
    Jurisdiction,
    acknowledgement_due,
    extended_deadline,
    extension_refusal,
    first_deadline,
    jurisdiction_of,
)
from privacykit.domain.dsar.links import mint_token, token_tenant, token_valid
from privacykit.domain.dsar.model import EXPORT_FORMATS, OPEN_STATUSES, AccessRequest, AccessStatus, StoredPackage
from privacykit.domain.dsar.package import PackageHeader, PackageState, PartWriter, assemble_package
from privacykit.domain.dsar.ports import AccessRequests, ExportPackages, RequestQueue, SubjectKeys
from privacykit.errors import Conflict, NotFound, PrivacyError, ValidationFailed
from privacykit.ports import AuditRecord, AuditSink, Clock, Signer, utc_now

__all__ = ["AccessDesk", "ExportWorker", "REQUEST_KEY_SUBJECT", "DELIVERY_SECONDS", "RESERVE_SECONDS"]

#: Reserved key name (subject ids never start with "#") sealing the subject ids of rights requests.
REQUEST_KEY_SUBJECT = "#rights-requests"
#: How long a fetched link's presigned URL (and the plaintext copy behind it) lives: long enough to
#: start the download, short enough that a copy never outlives the link that made it by much.
DELIVERY_SECONDS = 300
#: Time an invocation keeps in hand to close its part, keep it and the checkpoint, and queue the next one
#: (or to assemble and keep the package): it stops taking items when less is left.
RESERVE_SECONDS = 120.0
_NO_SUCH_REQUEST = "no such access request"
_NO_SUCH_LINK = "no such download, or the link has expired"


class AccessDesk:
    """Takes access requests and answers about them (the API side)."""

    def __init__(
        self,
        requests: AccessRequests,
        queue: RequestQueue,
        keys: SubjectKeys,
        packages: ExportPackages,
        audit: AuditSink,
        *,
        default_jurisdiction: str,
        link_ttl_seconds: int,
        clock: Clock = utc_now,
    ) -> None:
        self._requests = requests
        self._queue = queue
        self._keys = keys
        self._packages = packages
        self._audit = audit
        self._default_jurisdiction = default_jurisdiction
        self._link_ttl = timedelta(seconds=link_ttl_seconds)
        self._clock = clock

    def now(self) -> datetime:
        """The desk's clock (days left are counted from it)."""
        return self._clock()

    def request(
        self,
        tenant: str,
        subject: str,
        *,
        jurisdiction: str | None = None,
        export_format: str = "zip",
        actor: str,
        actor_roles: tuple[str, ...] = (),
    ) -> tuple[AccessRequest, bool]:
        """A new request (and True), or the subject's open request (and False). Asking under another law
        than the open request's is a 409 naming that request and its law: the open request is answered
        under its own law, and a change must not pass unnoticed."""
        if export_format not in EXPORT_FORMATS:
            raise ValidationFailed("the format is not one the bundle produces")
        law = jurisdiction_of(jurisdiction, self._default_jurisdiction)
        pseudonym = self._keys.pseudonym(tenant, subject)
        existing = self._requests.open_for(tenant, pseudonym)
        if existing is not None:
            if jurisdiction is not None and law != existing.jurisdiction:
                raise Conflict(
                    f"the subject has an open access request ({existing.request_id}) under "
                    f"{existing.jurisdiction.value}; it is answered under that law: follow it, or ask again "
                    "under another law once it is finished",
                    details=[{"request_id": existing.request_id, "jurisdiction": existing.jurisdiction.value}],
                )
            return existing, False
        received_at = self._clock()
        request_id = f"dsar_{uuid.uuid4().hex}"
        request = AccessRequest(
            tenant=tenant,
            request_id=request_id,
            status="received",
            jurisdiction=law,
            format=export_format,
            received_at=received_at,
            due_at=first_deadline(law, received_at),
            acknowledgement_due_at=acknowledgement_due(law, received_at),
            subject_pseudonym=pseudonym,
            sealed_subject=self._keys.encrypt(tenant, REQUEST_KEY_SUBJECT, request_id, subject.encode()),
        )
        self._audit.record(
            tenant,
            AuditRecord(
                "dsar.requested",
                "success",
                actor=actor,
                actor_roles=actor_roles,
                subject=subject,
                details={"request_id": request_id, "jurisdiction": law.value, "due_at": request.due_at.isoformat()},
            ),
            changes=[self._requests.stage_put(request)],
        )
        request = request.written()
        try:
            self._queue.send(tenant, request_id)
        except PrivacyError:
            failed = replace(
                request, status="failed", failed_at=self._clock(), reason="the request could not be queued; ask again"
            )
            self._requests.put(failed)
            raise
        return request, True

    def get(self, tenant: str, request_id: str, *, asked_by: str, officer: bool) -> AccessRequest:
        """The request, for an officer of the tenant or for its subject; anyone else learns nothing."""
        request = self._requests.get(tenant, request_id)
        if request is None or not (officer or self._keys.pseudonym(tenant, asked_by) == request.subject_pseudonym):
            raise NotFound(_NO_SUCH_REQUEST)
        return request

    def listed(
        self,
        tenant: str,
        *,
        status: str | None = None,
        due_before: datetime | None = None,
        limit: int = DEFAULT_LIMIT,
        cursor: str | None = None,
    ) -> Page[AccessRequest]:
        """A page of the tenant's requests (the officer's work queue), soonest due first. ``extended``
        lists the open requests that were extended; ``received`` and ``in_progress`` the open ones that
        were not (as ``shown_status`` shows them)."""
        statuses: tuple[AccessStatus, ...] | None
        extended: bool | None = None
        if status is None:
            statuses = None
        elif status == "extended":
            statuses, extended = OPEN_STATUSES, True
        else:
            statuses = (status,)  # type: ignore[assignment]
            extended = False if status in OPEN_STATUSES else None
        return self._requests.listed(
            tenant, statuses=statuses, extended=extended, due_before=due_before, limit=limit, cursor=cursor
        )

    def extend(
        self, tenant: str, request_id: str, reason: str, *, actor: str, actor_roles: tuple[str, ...] = ()
    ) -> AccessRequest:
        """Extend the deadline once, with a reason, where the request's law allows it (409 otherwise)."""
        request = self._requests.get(tenant, request_id)
        if request is None:
            raise NotFound(_NO_SUCH_REQUEST)
        if not request.is_open:
            raise Conflict("the request is no longer open; only an open request can be extended")
        now = self._clock()
        refusal = extension_refusal(
            request.jurisdiction, request.received_at, already_extended=request.extended_at is not None,
            reason=reason, at=now,
        )  # fmt: skip
        if refusal:
            raise Conflict(refusal)
        extended = replace(
            request,
            extended_at=now,
            extension_reason=reason,
            due_at=extended_deadline(request.jurisdiction, request.received_at),
        )
        self._audit.record(
            tenant,
            AuditRecord(
                "dsar.extended",
                "success",
                actor=actor,
                actor_roles=actor_roles,
                details={"request_id": request_id, "due_at": extended.due_at.isoformat()},
            ),
            changes=[self._requests.stage_put(extended)],
        )
        return extended.written()

    def download_token(self, request: AccessRequest) -> tuple[str, datetime] | None:
        """A fresh link token for a completed request (and when it expires); None before completion.
        A link can be minted again, each time the status is read, for as long as the request is kept."""
        if request.status != "completed" or request.package is None:
            return None
        expires_at = self._clock() + self._link_ttl
        return mint_token(self._keys, request.tenant, request.request_id, expires_at), expires_at

    def download(self, request_id: str, token: str) -> tuple[str, datetime]:
        """Check the link and hand out a short-lived URL of the package in clear (audited); NotFound for
        any link that is not valid now, whatever the reason, so a guess learns nothing."""
        tenant = token_tenant(token)
        now = self._clock()
        if tenant is None or not token_valid(self._keys, token, request_id, now):
            raise NotFound(_NO_SUCH_LINK)
        request = self._requests.get(tenant, request_id)
        if request is None or request.package is None or request.sealed_subject is None:
            raise NotFound(_NO_SUCH_LINK)
        subject = self._keys.decrypt(tenant, REQUEST_KEY_SUBJECT, request_id, request.sealed_subject).decode()
        url = self._packages.delivery_url(
            tenant, subject, request_id, request.package.key, ttl_seconds=DELIVERY_SECONDS
        )
        self._audit.record(
            tenant,
            AuditRecord(
                "dsar.downloaded",
                "success",
                actor="download-link",
                subject=subject,
                details={"request_id": request_id, "manifest_sha256": request.package.manifest_sha256},
            ),
        )
        return url, now + timedelta(seconds=DELIVERY_SECONDS)


class ExportWorker:
    """Builds packages (the queue's worker), across as many invocations as the subject's data needs.

    Each invocation writes one *part* of the package (items streamed from the subject data map into a
    sealed part in the export bucket) until its time is nearly up, then keeps a checkpoint with the
    request (which store, the position after the last item written in it, the parts so far, the
    package's small state) and queues the request again; the last one assembles the parts into the
    package. A crash or a redelivered message goes on from the last checkpoint. Every write of the
    request is conditional on its version, so two workers on one request (a duplicate delivery) cannot
    both move it on: the second stops.
    """

    def __init__(
        self,
        requests: AccessRequests,
        keys: SubjectKeys,
        data: SubjectDataMap,
        packages: ExportPackages,
        signer: Signer,
        audit: AuditSink,
        recipients: AccessRecipients,
        queue: RequestQueue,
        *,
        clock: Clock = utc_now,
        reserve_seconds: float = RESERVE_SECONDS,
        retention: RetentionPolicies | None = None,
    ) -> None:
        self._retention = retention
        self._recipients = recipients
        self._queue = queue
        self._requests = requests
        self._keys = keys
        self._data = data
        self._packages = packages
        self._signer = signer
        self._audit = audit
        self._clock = clock
        self._reserve = reserve_seconds

    def run(self, tenant: str, request_id: str, *, time_left: Callable[[], float] | None = None) -> AccessRequest:
        """Move the export on as far as ``time_left()`` (seconds of this invocation; unlimited when None)
        allows: the request completed, or in progress with its checkpoint and queued again. A finished
        request is returned as it is (a redelivery)."""
        request = self._requests.get(tenant, request_id)
        if request is None:
            raise NotFound(_NO_SUCH_REQUEST)
        if not request.is_open:
            return request
        if request.sealed_subject is None:
            raise NotFound("the access request holds no subject")
        subject = self._keys.decrypt(tenant, REQUEST_KEY_SUBJECT, request_id, request.sealed_subject).decode()
        checkpoint = request.checkpoint or {
            "phase": "items", "store": 0, "after": None, "parts": [], "state": PackageState().to_json(),
            "generated_at": self._clock().isoformat(),
        }  # fmt: skip
        started_at = request.started_at or self._clock()
        try:
            request = self._requests.put(
                replace(request, status="in_progress", started_at=started_at, checkpoint=checkpoint)
            )
        except Conflict:  # an officer extended it since it was read: keep theirs and go on
            current = self._still_ours(tenant, request_id, request.checkpoint)
            request = self._requests.put(
                replace(current, status="in_progress", started_at=started_at, checkpoint=checkpoint)
            )

        def enough() -> bool:
            return time_left is None or time_left() > self._reserve

        if checkpoint["phase"] == "items":
            before, checkpoint = checkpoint, self._write_part(request, subject, checkpoint, enough)
            try:
                request = self._requests.put(replace(request, checkpoint=checkpoint))
            except Conflict:  # an officer extended it meanwhile: keep theirs, and this worker's progress
                current = self._still_ours(tenant, request_id, before)
                request = self._requests.put(replace(current, checkpoint=checkpoint))
        if checkpoint["phase"] != "assemble" or not enough():
            self._queue.send(tenant, request_id)  # the next invocation goes on from the checkpoint
            return request
        return self._assemble(request, subject, checkpoint)

    def _write_part(
        self, request: AccessRequest, subject: str, checkpoint: dict[str, Any], enough: Callable[[], bool]
    ) -> dict[str, Any]:
        """Stream items from the checkpoint into one new part while time allows; the next checkpoint."""
        tenant, request_id = request.tenant, request.request_id
        state = PackageState.from_json(checkpoint["state"])
        position: tuple[int, str | None] = (checkpoint["store"], checkpoint["after"])
        finished = True
        with tempfile.TemporaryFile() as spool:
            writer = PartWriter(spool, state, Jurisdiction(request.jurisdiction))
            try:
                items = self._data.export_from(tenant, subject, store=position[0], after=position[1])
                for store, item, resumes_at in items:
                    if writer.items and not enough() and (resumes_at is not None or store != position[0]):
                        # Stop before this item: inside a resumable store after the last item written, or
                        # at the start of this store.
                        position = (store, position[1] if store == position[0] else None)
                        finished = False
                        break
                    writer.add(item)
                    position = (store, resumes_at)
            except BaseException:
                writer.abort()
                raise
            writer.close()
            name = f"part-{len(checkpoint['parts']):05d}-{secrets.token_hex(4)}"
            if writer.items:
                spool.seek(0)
                self._packages.put_part(tenant, subject, request_id, name, spool)
        return {
            **checkpoint,
            "phase": "items" if not finished else "assemble",
            "store": position[0],
            "after": position[1],
            "parts": [*checkpoint["parts"], name] if writer.items else checkpoint["parts"],
            "state": state.to_json(),
        }

    def _assemble(self, request: AccessRequest, subject: str, checkpoint: dict[str, Any]) -> AccessRequest:
        tenant, request_id = request.tenant, request.request_id
        header = PackageHeader(
            request_id=request_id,
            tenant=tenant,
            subject_id=subject,
            jurisdiction=Jurisdiction(request.jurisdiction),
            received_at=request.received_at,
            generated_at=datetime.fromisoformat(checkpoint["generated_at"]),
        )
        recipients = [r.view() for r in self._recipients.of_subject(tenant, request.subject_pseudonym)]
        with ExitStack() as stack:
            parts = []
            for name in checkpoint["parts"]:
                part = stack.enter_context(tempfile.TemporaryFile())
                self._packages.open_part(tenant, subject, request_id, name, part)
                part.seek(0)
                parts.append(part)
            spool = stack.enter_context(tempfile.TemporaryFile())
            state = PackageState.from_json(checkpoint["state"])
            policy = self._retention.for_tenant(tenant) if self._retention else None
            built = assemble_package(header, parts, state, self._signer, spool, recipients=recipients, retention=policy)
            spool.seek(0)
            key, size = self._packages.store(tenant, subject, request_id, spool)
        package = StoredPackage(key=key, size=size, manifest_sha256=built.manifest_sha256, counts=built.counts)

        def completed(done: AccessRequest) -> AuditRecord:
            return AuditRecord(
                "dsar.completed",
                "success",
                actor="dsar-worker",
                subject=subject,
                details={
                    "request_id": request_id,
                    # For reports: time to complete and lateness against the legal due date.
                    "received_at": done.received_at.isoformat(),
                    "due_at": done.due_at.isoformat(),
                    **{f"exported_{kind}": n for kind, n in built.counts.items()},
                },
            )

        done = replace(request, status="completed", completed_at=self._clock(), checkpoint=None, package=package)
        try:
            self._audit.record(tenant, completed(done), changes=[self._requests.stage_put(done)])
        except Conflict:  # an officer extended it meanwhile: keep theirs
            current = self._still_ours(tenant, request_id, checkpoint)
            done = replace(
                current, status="completed", completed_at=done.completed_at, checkpoint=None, package=package
            )
            self._audit.record(tenant, completed(done), changes=[self._requests.stage_put(done)])
        self._packages.drop_parts(tenant, subject, request_id)
        return done.written()

    def _still_ours(self, tenant: str, request_id: str, checkpoint: dict[str, Any] | None) -> AccessRequest:
        """The request as stored now, if it still stands at ``checkpoint`` (changed by someone other than a
        worker: an extension); Conflict if another worker moved the export on meanwhile (a duplicate
        delivery), which then carries it on alone."""
        current = self._requests.get(tenant, request_id)
        if current is None or not current.is_open or current.checkpoint != checkpoint:
            raise Conflict("another worker moved the export on meanwhile")
        return current

    def fail(self, tenant: str, request_id: str, reason: str) -> AccessRequest | None:
        """Mark an open request failed with ``reason`` (the last delivery of its message failed)."""
        request = self._requests.get(tenant, request_id)
        if request is None or not request.is_open:
            return request
        failed = replace(request, status="failed", failed_at=self._clock(), reason=reason, checkpoint=None)
        self._audit.record(
            tenant,
            AuditRecord("dsar.failed", "failure", actor="dsar-worker", details={"request_id": request_id}),
            changes=[self._requests.stage_put(failed)],
        )
        return failed.written()
