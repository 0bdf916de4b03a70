"""Guards and follow-ups: MFA step-up, consent, minimum-necessary masking, break-glass, separation of
duties, tenant isolation."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from access_support import NOW, TENANT, principal, request

from fakes import FakeConsent
from privacykit.domain.access import BREAK_GLASS_OBLIGATIONS, AccessPolicy, AccessRequest, AccessService, Mask

SSN_AND_EMAIL = ("US_SSN", "EMAIL")
CLINICAL = ("DIAGNOSIS", "MEDICATION", "PERSON")


# -- MFA step-up ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("mfa_age", [0, 60, 899, 900])
def test_restricted_with_recent_mfa_is_allowed(service: AccessService, mfa_age: float) -> None:
    decision = service.decide(
        principal("healthcare_provider", mfa_age=mfa_age), request("read", "RESTRICTED", "treatment")
    )
    assert decision.decision == "ALLOW"
    assert not decision.step_up


@pytest.mark.parametrize("mfa_age", [900.2, 901, 3600, None])
def test_restricted_without_recent_mfa_asks_for_step_up(service: AccessService, mfa_age: float | None) -> None:
    decision = service.decide(
        principal("healthcare_provider", mfa_age=mfa_age), request("read", "RESTRICTED", "treatment", types=CLINICAL)
    )
    assert decision.decision == "DENY"
    assert decision.step_up
    assert "mfa.step_up" in decision.policies
    assert any("MFA sign-in within the last 15 minutes" in r for r in decision.reasons)
    assert any("a fresh MFA sign-in would allow it: healthcare.tpo" in r for r in decision.reasons)


def test_step_up_applies_to_export_and_delete(service: AccessService) -> None:
    for action in ("export", "delete"):
        decision = service.decide(
            principal("privacy_officer", mfa_age=None), request(action, "RESTRICTED", "legal_obligation")
        )
        assert decision.decision == "DENY"
        assert decision.step_up


def test_below_restricted_needs_no_mfa(service: AccessService) -> None:
    decision = service.decide(principal("editor", mfa_age=None), request("write", "CONFIDENTIAL"))
    assert decision.decision == "ALLOW"


def test_step_up_is_not_promised_when_mfa_would_not_help(service: AccessService) -> None:
    decision = service.decide(principal("viewer", mfa_age=None), request("read", "RESTRICTED"))
    assert decision.decision == "DENY"
    assert not decision.step_up
    assert decision.reasons[0].startswith("denied by mfa.step_up")
    assert decision.reasons[1].startswith(
        "even with a fresh MFA sign-in, denied by default: no rule allows roles viewer to read RESTRICTED data"
    )


def test_a_restricted_finding_overrides_a_lower_label(service: AccessService) -> None:
    # Labelled CONFIDENTIAL but holding an SSN: judged as RESTRICTED, so MFA is needed.
    decision = service.decide(
        principal("healthcare_provider", mfa_age=None), request("read", "CONFIDENTIAL", "treatment", types=("US_SSN",))
    )
    assert decision.decision == "DENY"
    assert decision.step_up


# -- consent ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("purpose", ["marketing", "analytics", "research"])
def test_consent_purpose_with_consent_is_allowed(service: AccessService, consent: FakeConsent, purpose: str) -> None:
    consent.granted.add((TENANT, "subject-1", purpose))
    decision = service.decide(principal("editor"), request("read", "CONFIDENTIAL", purpose))
    assert decision.decision == "ALLOW"
    assert any("rests on consent; the data subject's consent is in force" in r for r in decision.reasons)
    assert consent.calls == [(TENANT, "subject-1", purpose, NOW)]


@pytest.mark.parametrize("purpose", ["marketing", "analytics", "research"])
def test_consent_purpose_without_consent_is_denied(service: AccessService, consent: FakeConsent, purpose: str) -> None:
    consent.granted.add((TENANT, "subject-2", purpose))  # someone else's consent does not count
    decision = service.decide(principal("editor"), request("read", "CONFIDENTIAL", purpose))
    assert decision.decision == "DENY"
    assert decision.policies == ("consent.required",)


def test_consent_is_judged_at_decision_time(service: AccessService, consent: FakeConsent) -> None:
    consent.granted.add((TENANT, "subject-1", "marketing"))
    assert service.decide(principal("editor"), request("write", "INTERNAL", "marketing")).decision == "ALLOW"
    consent.granted.clear()  # withdrawn
    assert service.decide(principal("editor"), request("write", "INTERNAL", "marketing")).decision == "DENY"


def test_consent_purpose_without_subject_is_denied(service: AccessService, consent: FakeConsent) -> None:
    decision = service.decide(principal("editor"), request("read", "INTERNAL", "analytics", subject=None))
    assert decision.decision == "DENY"
    assert any("names no data subject" in r for r in decision.reasons)
    assert consent.calls == []


def test_non_consent_purposes_do_not_ask_consent(service: AccessService, consent: FakeConsent) -> None:
    for purpose in ("service_delivery", "payment", "operations", "legal_obligation"):
        assert service.decide(principal("editor"), request("read", "INTERNAL", purpose)).decision == "ALLOW"
    assert consent.calls == []


def test_consent_purpose_for_restricted_healthcare_read(service: AccessService, consent: FakeConsent) -> None:
    # research rests on consent and is not a treatment/payment/operations purpose: denied either way.
    consent.granted.add((TENANT, "subject-1", "research"))
    decision = service.decide(principal("healthcare_provider"), request("read", "RESTRICTED", "research"))
    assert decision.decision == "DENY"


# -- minimum necessary: masking ---------------------------------------------------------------------------


def test_editor_gets_restricted_findings_masked(service: AccessService) -> None:
    decision = service.decide(
        principal("editor"),
        request("read", "RESTRICTED", types=("US_SSN", "EMAIL", "DIAGNOSIS", "MEDICAL_RECORD_NUMBER")),
    )
    assert decision.decision == "ALLOW_WITH_MASKING"
    assert decision.allowed
    assert decision.masks == (
        Mask("DIAGNOSIS", "full"),
        Mask("MEDICAL_RECORD_NUMBER", "token"),
        Mask("US_SSN", "partial"),
    )
    assert "editor.read_write" in decision.policies
    assert any(r.startswith("allowed with masking by editor.read_write") for r in decision.reasons)
    assert decision.as_dict()["masks"][0] == {"entity_type": "DIAGNOSIS", "masking": "full"}


def test_masking_does_not_need_mfa(service: AccessService) -> None:
    # The masked record holds nothing RESTRICTED, so no step-up is asked for it.
    decision = service.decide(
        principal("compliance_auditor", mfa_age=None),
        request("read", "RESTRICTED", "legal_obligation", types=SSN_AND_EMAIL),
    )
    assert decision.decision == "ALLOW_WITH_MASKING"
    assert decision.masks == (Mask("US_SSN", "partial"),)
    assert not decision.step_up


def test_role_with_full_access_gets_no_masks(service: AccessService) -> None:
    decision = service.decide(
        principal("healthcare_provider"), request("read", "RESTRICTED", "treatment", types=CLINICAL)
    )
    assert decision.decision == "ALLOW"
    assert decision.masks == ()


def test_viewer_is_denied_even_masked(service: AccessService) -> None:
    decision = service.decide(principal("viewer"), request("read", "RESTRICTED", types=SSN_AND_EMAIL))
    assert decision.decision == "DENY"


def test_no_masking_for_writes_or_unknown_findings(service: AccessService) -> None:
    assert service.decide(principal("editor"), request("write", "RESTRICTED", types=SSN_AND_EMAIL)).decision == "DENY"
    # RESTRICTED without findings to mask: nothing the masked view could leave out.
    assert service.decide(principal("editor"), request("read", "RESTRICTED")).decision == "DENY"


def test_masking_does_not_bypass_consent(service: AccessService) -> None:
    decision = service.decide(principal("editor"), request("read", "RESTRICTED", "marketing", types=SSN_AND_EMAIL))
    assert decision.decision == "DENY"
    assert "consent.required" in decision.policies


def test_masking_styles_are_configurable(make_service: Callable[..., AccessService]) -> None:
    service = make_service(masking={"US_SSN": "token"})
    decision = service.decide(principal("editor"), request("read", "RESTRICTED", types=("US_SSN", "IBAN")))
    assert decision.masks == (Mask("IBAN", "full"), Mask("US_SSN", "token"))


# -- break-glass ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["healthcare_provider", "healthcare_admin"])
def test_break_glass_overrides_a_denial_for_treatment(service: AccessService, role: str) -> None:
    decision = service.decide(
        principal(role, mfa_age=None),
        request("read", "RESTRICTED", "treatment", types=CLINICAL, break_glass_reason="patient unconscious in ER"),
    )
    assert decision.decision == "ALLOW"
    assert decision.break_glass
    assert decision.obligations == BREAK_GLASS_OBLIGATIONS
    assert decision.masks == ()
    assert decision.policies == ("mfa.step_up", "break_glass.treatment")
    assert decision.reasons[0].startswith("break-glass override by break_glass.treatment")
    assert any(r.startswith("overrode: denied by mfa.step_up") for r in decision.reasons)
    assert decision.as_dict()["break_glass"] is True


def test_break_glass_not_used_when_already_allowed(service: AccessService) -> None:
    decision = service.decide(
        principal("healthcare_provider"), request("read", "RESTRICTED", "treatment", break_glass_reason="emergency")
    )
    assert decision.decision == "ALLOW"
    assert not decision.break_glass
    assert decision.obligations == ()
    assert "break-glass not used" in decision.reasons[-1]


@pytest.mark.parametrize(
    ("roles", "action", "purpose"),
    [
        (("editor",), "read", "treatment"),  # not a healthcare role
        (("healthcare_provider",), "read", "operations"),  # not treatment
        (("healthcare_provider",), "export", "treatment"),  # only read and write are overridable
        (("healthcare_provider",), "delete", "treatment"),
    ],
)
def test_break_glass_refused(service: AccessService, roles: tuple[str, ...], action: str, purpose: str) -> None:
    decision = service.decide(
        principal(*roles, mfa_age=None), request(action, "RESTRICTED", purpose, break_glass_reason="emergency")
    )
    assert decision.decision == "DENY"
    assert not decision.break_glass
    assert decision.obligations == ()
    assert decision.reasons[-1].startswith("break-glass refused")


def test_break_glass_never_crosses_tenants(service: AccessService) -> None:
    decision = service.decide(
        principal("healthcare_provider"),
        request("read", "RESTRICTED", "treatment", tenant="other", break_glass_reason="emergency"),
    )
    assert decision.decision == "DENY"
    assert not decision.break_glass


def test_break_glass_overrides_a_tenant_forbid(make_service: Callable[..., AccessService]) -> None:
    extra = """
    @id("acme.vip")
    @reason("records of VIP patients are sealed")
    forbid (principal, action in [Action::"read", Action::"write"], resource)
    when { resource has subject && resource.subject == "vip-1" };
    """
    service = make_service(tenant_policies={TENANT: AccessPolicy(extra)})
    sealed = request("read", "RESTRICTED", "treatment", subject="vip-1")
    decision = service.decide(principal("healthcare_provider"), sealed)
    assert decision.decision == "DENY"
    assert decision.policies == ("acme.vip",)
    glass = request("read", "RESTRICTED", "treatment", subject="vip-1", break_glass_reason="cardiac arrest")
    decision = service.decide(principal("healthcare_provider"), glass)
    assert decision.decision == "ALLOW"
    assert decision.break_glass


# -- separation of duties ---------------------------------------------------------------------------------


def approve(amount: str | None, requester: str | None) -> AccessRequest:
    return request("approve", "INTERNAL", None, amount=None if amount is None else Decimal(amount), requester=requester)


@pytest.mark.parametrize(
    ("amount", "requester", "expected"),
    [
        ("10000.01", "bob", "ALLOW"),  # above the threshold, someone else requested it
        ("10000.01", "alice", "DENY"),  # above the threshold, own request
        ("10000.01", None, "DENY"),  # above the threshold, requester unknown
        ("10000", "alice", "ALLOW"),  # at the threshold: not above
        ("50", "alice", "ALLOW"),
        (None, "bob", "ALLOW"),  # amount unknown: counts as above, but the requester differs
        (None, "alice", "DENY"),
        (None, None, "DENY"),
    ],
)
def test_separation_of_duties(service: AccessService, amount: str | None, requester: str | None, expected: str) -> None:
    decision = service.decide(principal("finance_approver", user="alice"), approve(amount, requester))
    assert decision.decision == expected, decision.reasons
    if expected == "DENY":
        assert decision.policies == ("sod.approval",)
        assert "separation-of-duties" in decision.reasons[0]


def test_sod_threshold_is_configurable(make_service: Callable[..., AccessService]) -> None:
    service = make_service(sod_threshold=500)
    me = principal("admin", user="alice")
    assert service.decide(me, approve("499.99", "alice")).decision == "ALLOW"
    assert service.decide(me, approve("500.01", "alice")).decision == "DENY"
    assert service.decide(me, approve("500.01", "carol")).decision == "ALLOW"


# -- tenant isolation -------------------------------------------------------------------------------------


@pytest.mark.parametrize("roles", [("privacy_officer",), ("admin",), ("viewer",)])
def test_another_tenants_resource_is_never_allowed(
    service: AccessService, consent: FakeConsent, roles: tuple[str, ...]
) -> None:
    decision = service.decide(principal(*roles), request("read", "PUBLIC", "legal_obligation", tenant="globex"))
    assert decision.decision == "DENY"
    assert decision.policies == ("tenant.isolation",)
    assert consent.calls == []
