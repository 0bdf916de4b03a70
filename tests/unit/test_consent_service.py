"""Consent rules, with an in-memory repository and fake signer (no AWS)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from fakes import FakeClock, HmacSigner, InMemoryConsents, PlainPseudonyms, RecordingAudit
from privacykit.domain.common.purposes import DEFAULT_PURPOSES
from privacykit.domain.consent.model import GrantCommand
from privacykit.domain.consent.service import ConsentService
from privacykit.errors import NotFound, Unprocessable

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def audit() -> RecordingAudit:
    return RecordingAudit()


@pytest.fixture
def service(clock: FakeClock, audit: RecordingAudit) -> ConsentService:
    return ConsentService(
        InMemoryConsents(), HmacSigner(), PlainPseudonyms(), audit,
        purposes=DEFAULT_PURPOSES, jurisdiction="EU", clock=clock,
    )  # fmt: skip


def grant(purpose: str = "marketing", expires_at: datetime | None = None) -> GrantCommand:
    return GrantCommand(purpose, "consent", "v3", "web", expires_at)


def test_grant_is_current_and_checkable(service: ConsentService, clock: FakeClock) -> None:
    out = service.grant("acme", "s-1", grant(), actor="s-1")
    assert out.event.purpose == "marketing"
    assert [c.purpose for c in service.current("acme", "s-1")] == ["marketing"]
    assert service.has_consent("acme", "s-1", "marketing")
    assert not service.has_consent("acme", "s-1", "analytics")
    assert not service.has_consent("acme", "s-1", "marketing", at=T0 - timedelta(seconds=1))


@pytest.mark.parametrize("basis", ["legitimate_interests", "contract"])
def test_a_grant_under_another_lawful_basis_is_no_consent(service: ConsentService, basis: str) -> None:
    # Recorded and listed as the basis it names, but what rests on consent needs consent.
    service.grant("acme", "s-1", GrantCommand("marketing", basis, "v3", "web", None), actor="s-1")
    assert [c.lawful_basis for c in service.current("acme", "s-1")] == [basis]
    assert not service.has_consent("acme", "s-1", "marketing")


def test_withdrawal_ends_consent_but_keeps_history(service: ConsentService, clock: FakeClock) -> None:
    service.grant("acme", "s-1", grant(), actor="s-1")
    clock.advance(hours=1)
    service.withdraw("acme", "s-1", "marketing", actor="s-1")
    assert service.current("acme", "s-1") == []
    assert not service.has_consent("acme", "s-1", "marketing")
    assert service.has_consent("acme", "s-1", "marketing", at=T0 + timedelta(minutes=30))
    assert [e.action for e in service.history("acme", "s-1")] == ["grant", "withdraw"]


def test_consent_lapses_at_its_expiry(service: ConsentService, clock: FakeClock) -> None:
    service.grant("acme", "s-1", grant(expires_at=T0 + timedelta(days=30)), actor="s-1")
    assert service.has_consent("acme", "s-1", "marketing", at=T0 + timedelta(days=29))
    assert not service.has_consent("acme", "s-1", "marketing", at=T0 + timedelta(days=30))


def test_regrant_after_withdrawal_restores_consent(service: ConsentService, clock: FakeClock) -> None:
    service.grant("acme", "s-1", grant(), actor="s-1")
    clock.advance(minutes=1)
    service.withdraw("acme", "s-1", "marketing", actor="s-1")
    clock.advance(minutes=1)
    service.grant("acme", "s-1", grant(), actor="s-1")
    assert service.has_consent("acme", "s-1", "marketing")
    assert len(service.history("acme", "s-1")) == 3


def test_unknown_purpose_and_basis_are_rejected(service: ConsentService) -> None:
    with pytest.raises(Unprocessable) as unknown:
        service.grant("acme", "s-1", grant("telepathy"), actor="s-1")
    assert unknown.value.details[0]["field"] == "purpose"
    with pytest.raises(Unprocessable):
        service.grant("acme", "s-1", GrantCommand("marketing", "because", "v1", "web"), actor="s-1")


def test_expiry_in_the_past_or_without_offset_is_rejected(service: ConsentService) -> None:
    with pytest.raises(Unprocessable):
        service.grant("acme", "s-1", grant(expires_at=T0 - timedelta(days=1)), actor="s-1")
    with pytest.raises(Unprocessable):
        service.grant("acme", "s-1", grant(expires_at=datetime(2030, 1, 1)), actor="s-1")


def test_withdrawing_what_was_never_granted_is_not_found(service: ConsentService) -> None:
    with pytest.raises(NotFound):
        service.withdraw("acme", "s-1", "marketing", actor="s-1")


def test_unknown_subject_is_not_found_and_tenants_are_separate(service: ConsentService) -> None:
    service.grant("acme", "s-1", grant(), actor="s-1")
    with pytest.raises(NotFound):
        service.current("globex", "s-1")
    with pytest.raises(NotFound):
        service.history("globex", "s-1")
    assert not service.has_consent("globex", "s-1", "marketing")


def test_receipt_is_signed_pseudonymous_and_tamper_evident(service: ConsentService) -> None:
    signed = service.grant("acme", "s-1", grant(), actor="u-officer").receipt.as_dict()
    receipt = signed["receipt"]
    assert receipt["subject"].startswith("ps_")
    assert "s-1" not in str(receipt)
    assert receipt["purposes"] == ["marketing"]
    assert receipt["jurisdiction"] == "EU"
    assert service.verify_receipt(signed).valid is True
    tampered = dict(signed, receipt=dict(receipt, purposes=["research"]))
    assert service.verify_receipt(tampered).valid is False


def test_each_change_is_audited_without_personal_values(service: ConsentService, audit: RecordingAudit) -> None:
    service.grant("acme", "s-1", grant(), actor="s-1")
    service.withdraw("acme", "s-1", "marketing", actor="s-1")
    assert [r.type for _, r in audit.records] == ["consent.granted", "consent.withdrawn"]
    for _, record in audit.records:
        assert "s-1" not in str(record.details)
