"""Consent: grant, withdraw, current state, append-only history, signed receipts, and the check
``has_consent(tenant, subject, purpose, at)`` that access decisions call.

State is never overwritten: every grant and withdrawal is an event, and the state at any instant is
the replay of the events up to it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from privacykit.domain.common.canonical import canonical_json
from privacykit.domain.common.pages import DEFAULT_LIMIT, Page, page_of
from privacykit.domain.consent.model import (
    LAWFUL_BASES,
    RECEIPT_VERSION,
    ConsentChange,
    ConsentEvent,
    GrantCommand,
    ReceiptCheck,
    SignedReceipt,
    _utc,
    active_consents,
    receipt_problem,
)
from privacykit.domain.consent.ports import ConsentRepository
from privacykit.errors import KeyShredded, NotFound, Unprocessable
from privacykit.ports import AuditRecord, AuditSink, Pseudonymizer, SignatureKind, Signer

__all__ = ["ConsentService", "ConsentLookup"]


class ConsentLookup:
    """Answers ``has_consent`` from the event log alone: what access decisions need, without the
    signing key and the audit writer that changing consent needs."""

    def __init__(self, repository: ConsentRepository, clock: Callable[[], datetime] = lambda: datetime.now(UTC)):
        self._repository = repository
        self._clock = clock

    def has_consent(self, tenant: str, subject: str, purpose: str, at: datetime | None = None) -> bool:
        """True when a grant for ``purpose`` is in force at ``at`` (now by default) and rests on consent: a
        grant recorded under another lawful basis (contract, legitimate interests) is no consent."""
        moment = _utc(at) if at else self._clock()
        grant = active_consents(self._repository.history(tenant, subject), moment).get(purpose)
        return grant is not None and grant.lawful_basis == "consent"


class ConsentService:
    def __init__(
        self,
        repository: ConsentRepository,
        signer: Signer,
        pseudonyms: Pseudonymizer,
        audit: AuditSink,
        *,
        purposes: Mapping[str, str],
        jurisdiction: str,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._repository = repository
        self._signer = signer
        self._pseudonyms = pseudonyms
        self._audit = audit
        self._purposes = dict(purposes)
        self._jurisdiction = jurisdiction
        self._clock = clock

    # -- commands ---------------------------------------------------------------------------
    def grant(
        self, tenant: str, subject: str, command: GrantCommand, *, actor: str, actor_roles: tuple[str, ...] = ()
    ) -> ConsentChange:
        self._check_purpose(command.purpose)
        if command.lawful_basis not in LAWFUL_BASES:
            raise Unprocessable(
                "unknown lawful basis",
                details=[{"field": "lawful_basis", "allowed": sorted(LAWFUL_BASES)}],
            )
        now = self._clock()
        expires_at = _utc(command.expires_at) if command.expires_at else None
        if expires_at is not None and expires_at <= now:
            raise Unprocessable("expires_at must be in the future", details=[{"field": "expires_at"}])
        event = ConsentEvent(
            event_id=str(uuid.uuid4()),
            purpose=command.purpose,
            action="grant",
            at=now,
            receipt_id=f"rcpt_{uuid.uuid4().hex}",
            actor_kind=self._actor_kind(subject, actor),
            lawful_basis=command.lawful_basis,
            notice_version=command.notice_version,
            channel=command.channel,
            jurisdiction=self._jurisdiction,
            expires_at=expires_at,
        )
        self._audit.record(
            tenant,
            AuditRecord(
                "consent.granted",
                "success",
                actor=actor,
                actor_roles=actor_roles,
                subject=subject,
                details={
                    "purpose": event.purpose,
                    "receipt_id": event.receipt_id,
                    "lawful_basis": event.lawful_basis,
                    "expires_at": event.expires_at.isoformat() if event.expires_at else None,
                },
            ),
            changes=[self._repository.stage_append(tenant, subject, event)],
        )
        return ConsentChange(event, self._receipt(tenant, subject, event))

    def withdraw(
        self, tenant: str, subject: str, purpose: str, *, actor: str, actor_roles: tuple[str, ...] = ()
    ) -> ConsentChange:
        self._check_purpose(purpose)
        now = self._clock()
        current = active_consents(self._repository.history(tenant, subject), now).get(purpose)
        if current is None:
            raise NotFound("no consent in force for this purpose")
        event = replace(
            current,
            event_id=str(uuid.uuid4()),
            action="withdraw",
            at=now,
            receipt_id=f"rcpt_{uuid.uuid4().hex}",
            actor_kind=self._actor_kind(subject, actor),
            expires_at=None,
        )
        self._audit.record(
            tenant,
            AuditRecord(
                "consent.withdrawn",
                "success",
                actor=actor,
                actor_roles=actor_roles,
                subject=subject,
                details={"purpose": purpose, "receipt_id": event.receipt_id},
            ),
            changes=[self._repository.stage_append(tenant, subject, event)],
        )
        return ConsentChange(event, self._receipt(tenant, subject, event))

    # -- queries ----------------------------------------------------------------------------
    def current(self, tenant: str, subject: str) -> list[ConsentEvent]:
        """The grants in force now, one per purpose, by purpose."""
        events = self._known_history(tenant, subject)
        active = active_consents(events, self._clock())
        return [active[p] for p in sorted(active)]

    def state(
        self,
        tenant: str,
        subject: str,
        *,
        at: datetime | None = None,
        limit: int = DEFAULT_LIMIT,
        cursor: str | None = None,
    ) -> Page[ConsentEvent]:
        """A page of the grants in force at ``at`` (now by default), one per purpose, by purpose: the
        replay of the log up to that instant, so a past state reads as it was then (a withdrawal or an
        expiry after ``at`` does not show)."""
        events = self._known_history(tenant, subject)
        active = active_consents(events, _utc(at) if at else self._clock())
        return page_of("consents", list(active.values()), lambda e: e.purpose, cursor, limit)

    def history(self, tenant: str, subject: str) -> list[ConsentEvent]:
        """Every grant and withdrawal, in the order the log holds them."""
        return self._known_history(tenant, subject)

    def has_consent(self, tenant: str, subject: str, purpose: str, at: datetime | None = None) -> bool:
        """True when a grant for ``purpose`` is in force at ``at`` (now by default)."""
        return ConsentLookup(self._repository, self._clock).has_consent(tenant, subject, purpose, at)

    def verify_receipt(self, signed: Mapping[str, Any]) -> ReceiptCheck:
        """Whether ``signed`` is a consent receipt with a signature made for a consent receipt.

        Anything else is invalid, with the reason: a payload without a receipt's fields (an audit digest,
        say) and a signature made for another kind of document, even under the same key.
        """
        receipt = signed.get("receipt")
        signature = signed.get("signature")
        if not isinstance(receipt, dict) or not isinstance(signature, str):
            raise Unprocessable("a signed receipt has a 'receipt' object and a 'signature' string")
        try:
            raw_signature = bytes.fromhex(signature)
        except ValueError:
            return ReceiptCheck(valid=False, reason="signature is not hex")
        problem = receipt_problem(receipt)
        if problem is not None:
            return ReceiptCheck(valid=False, reason=problem)
        if not self._signer.verify(SignatureKind.CONSENT_RECEIPT, canonical_json(receipt), raw_signature):
            return ReceiptCheck(valid=False, reason="the signature does not match this receipt")
        return ReceiptCheck(valid=True, receipt_id=receipt.get("receipt_id"))

    # -- helpers ----------------------------------------------------------------------------
    def _known_history(self, tenant: str, subject: str) -> list[ConsentEvent]:
        """The events since the subject's last erasure, if any (those before it stay only as proof)."""
        events = self._repository.history(tenant, subject)
        if not events:
            raise NotFound("no consent records for this subject")
        since = [event for event in events if not event.erased]
        if not since:
            raise KeyShredded("the subject was erased; no consent has been recorded since")
        return since

    def _check_purpose(self, purpose: str) -> None:
        if purpose not in self._purposes:
            raise Unprocessable(
                "unknown purpose",
                details=[{"field": "purpose", "allowed": sorted(self._purposes)}],
            )

    @staticmethod
    def _actor_kind(subject: str, actor: str) -> str:
        return "subject" if subject == actor else "on_behalf"

    def _receipt(self, tenant: str, subject: str, event: ConsentEvent) -> SignedReceipt:
        receipt = {
            "version": RECEIPT_VERSION,
            "receipt_id": event.receipt_id,
            "tenant": tenant,
            "subject": self._pseudonyms.pseudonym(tenant, subject),
            "action": event.action,
            "purposes": [event.purpose],
            "lawful_basis": event.lawful_basis,
            "notice_version": event.notice_version,
            "channel": event.channel,
            "jurisdiction": event.jurisdiction,
            "issued_at": self._clock().isoformat(),
            "effective_at": event.at.isoformat(),
            "expires_at": event.expires_at.isoformat() if event.expires_at else None,
        }
        signature = self._signer.sign(SignatureKind.CONSENT_RECEIPT, canonical_json(receipt))
        return SignedReceipt(receipt, signature.hex(), self._signer.key_id, self._signer.algorithm)
