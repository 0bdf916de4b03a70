"""Request parsing and validation, and the batch form."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from access_support import TENANT, principal, request

from fakes import FakeConsent
from privacykit.domain.access import MAX_BATCH, AccessRequest, AccessResource, AccessService
from privacykit.domain.access.model import parse_amount
from privacykit.domain.common.entity_types import Level
from privacykit.errors import ConfigurationError, Unprocessable

# -- unknown action, purpose, level -----------------------------------------------------------------------


@pytest.mark.parametrize("action", ["fly", "READ", "", "break_glass"])
def test_unknown_action_is_unprocessable(service: AccessService, action: str) -> None:
    with pytest.raises(Unprocessable, match=r"^unknown action; one of approve, delete, export, manage_users"):
        service.decide(principal("admin"), request(action))


def test_unknown_purpose_is_unprocessable(service: AccessService) -> None:
    with pytest.raises(Unprocessable, match=r"^unknown purpose; one of analytics, legal_obligation") as raised:
        service.decide(principal("admin"), request("read", purpose="zq-planted@example.org"))
    assert "zq-planted" not in raised.value.message  # what is wrong, not what was sent


@pytest.mark.parametrize("action", ["read", "write", "export", "delete"])
def test_data_actions_need_a_purpose(service: AccessService, action: str) -> None:
    with pytest.raises(Unprocessable, match=rf"a purpose is required to {action} personal data"):
        service.decide(principal("admin"), request(action, purpose=None))


def test_other_actions_need_no_purpose(service: AccessService) -> None:
    assert service.decide(principal("security_admin"), request("view_audit", purpose=None)).decision == "ALLOW"


def test_unknown_level_is_unprocessable() -> None:
    with pytest.raises(
        Unprocessable, match=r"^resource\.level: unknown level; one of PUBLIC, INTERNAL, CONFIDENTIAL, RESTRICTED"
    ) as raised:
        AccessRequest.from_dict({"action": "read", "resource": {"level": "SECRET"}}, tenant=TENANT)
    assert "SECRET" not in raised.value.message


def test_a_level_that_is_not_a_level_is_unprocessable(service: AccessService) -> None:
    bad = AccessRequest("read", AccessResource(TENANT, level=2), "service_delivery")  # type: ignore[arg-type]
    with pytest.raises(Unprocessable, match=r"resource\.level"):
        service.decide(principal("admin"), bad)


def test_the_purpose_catalogue_is_configurable(consent: FakeConsent) -> None:
    service = AccessService(consent, purposes={"fraud_prevention": "legitimate_interests"})
    assert service.decide(principal("editor"), request("read", purpose="fraud_prevention")).decision == "ALLOW"
    with pytest.raises(Unprocessable):
        service.decide(principal("editor"), request("read", purpose="service_delivery"))
    with pytest.raises(ConfigurationError):
        AccessService(consent, purposes={})
    with pytest.raises(ConfigurationError):
        AccessService(consent, sod_threshold="-1")


# -- wire shapes ------------------------------------------------------------------------------------------


def test_from_dict_reads_the_wire_shape() -> None:
    parsed = AccessRequest.from_dict(
        {
            "action": "read",
            "purpose": "treatment",
            "resource": {"record_id": "rec-1", "subject_id": "s-1", "level": "restricted", "entity_types": ["US_SSN"]},
            "context": {"amount": "12.5", "requester": "bob", "break_glass_reason": "  code blue  "},
        },
        tenant=TENANT,
    )
    assert parsed == AccessRequest(
        action="read",
        resource=AccessResource(TENANT, Level.RESTRICTED, "s-1", "rec-1", frozenset({"US_SSN"})),
        purpose="treatment",
        amount=Decimal("12.5000"),
        requester="bob",
        break_glass_reason="code blue",
    )


def test_from_dict_defaults_to_the_strictest_level_and_the_given_tenant() -> None:
    parsed = AccessRequest.from_dict({"action": "view_audit"}, tenant=TENANT)
    assert parsed.resource == AccessResource(TENANT, Level.RESTRICTED)
    stored = AccessResource.from_dict({"tenant": "globex", "level": "PUBLIC"}, tenant=TENANT)
    assert stored.tenant == "globex"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "action is required"),
        ({"action": 3}, "action is required"),
        ({"action": "read", "purpose": 1}, "purpose must be a string"),
        ({"action": "read", "context": []}, "context must be an object"),
        ({"action": "read", "resource": []}, "resource must be an object"),
        ({"action": "read", "resource": {"entity_types": "US_SSN"}}, "entity_types must be a list"),
        ({"action": "read", "resource": {"entity_types": ["ssn"]}}, "not an entity type name"),
        ({"action": "read", "resource": {"subject_id": "a b"}}, "resource.subject_id must be an identifier"),
        ({"action": "read", "resource": {"level": 2}}, "resource.level must be a string"),
        ({"action": "approve", "context": {"amount": -1}}, "non-negative"),
        ({"action": "approve", "context": {"amount": True}}, "must be a number"),
        ({"action": "approve", "context": {"amount": "ten"}}, "must be a number"),
        ({"action": "approve", "context": {"amount": "NaN"}}, "finite"),
        ({"action": "approve", "context": {"amount": 10**16}}, "larger than"),
        ({"action": "approve", "context": {"requester": ""}}, "context.requester must be an identifier"),
        ({"action": "read", "context": {"break_glass_reason": "   "}}, "break_glass_reason must be a non-empty text"),
        ({"action": "read", "context": {"break_glass_reason": "x" * 1001}}, "longer than 1000"),
    ],
)
def test_from_dict_rejects_bad_input(data: dict[str, Any], message: str) -> None:
    with pytest.raises(Unprocessable, match=message):
        AccessRequest.from_dict(data, tenant=TENANT)


def test_amounts_round_up_so_they_never_slip_under_the_threshold() -> None:
    assert parse_amount("10000.00001") == Decimal("10000.0001")
    assert parse_amount(0.1) == Decimal("0.1000")


def test_decision_wire_shape(service: AccessService) -> None:
    body = service.decide(principal("viewer"), request("read", "PUBLIC")).as_dict()
    assert body == {
        "decision": "ALLOW",
        "reasons": [
            "allowed by viewer.read (viewers read PUBLIC and INTERNAL data)",
            "purpose service_delivery rests on contract",
        ],
        "masks": [],
        "obligations": [],
        "policies": ["viewer.read"],
        "break_glass": False,
        "step_up": False,
    }


# -- batch ------------------------------------------------------------------------------------------------


def test_batch_decides_in_order(service: AccessService, consent: FakeConsent) -> None:
    consent.granted.add((TENANT, "subject-1", "marketing"))
    requests = [
        request("read", "INTERNAL"),
        request("read", "CONFIDENTIAL"),
        request("read", "RESTRICTED", types=("US_SSN",)),
        request("read", "INTERNAL", "marketing"),
        request("read", "INTERNAL", "marketing", subject="subject-2"),
        request("read", "INTERNAL", tenant="globex"),
        request("write", "RESTRICTED", "treatment", break_glass_reason="emergency"),
    ]
    decisions = service.decide_batch(principal("editor", mfa_age=None), requests)
    assert [d.decision for d in decisions] == ["ALLOW", "ALLOW", "ALLOW_WITH_MASKING", "ALLOW", "DENY", "DENY", "DENY"]
    # The batch answers exactly as one-by-one decisions do.
    assert decisions == [service.decide(principal("editor", mfa_age=None), r) for r in requests]


def test_batch_asks_consent_once_per_subject_and_purpose(service: AccessService, consent: FakeConsent) -> None:
    service.decide_batch(principal("editor"), [request("read", "INTERNAL", "marketing")] * 5)
    assert len(consent.calls) == 1


def test_batch_of_the_maximum_size(service: AccessService) -> None:
    requests = [request("read", "PUBLIC" if i % 2 else "RESTRICTED") for i in range(MAX_BATCH)]
    decisions = service.decide_batch(principal("viewer"), requests)
    assert [d.decision for d in decisions] == ["DENY" if i % 2 == 0 else "ALLOW" for i in range(MAX_BATCH)]


def test_batch_over_the_maximum_is_unprocessable(service: AccessService) -> None:
    with pytest.raises(Unprocessable, match=r"at most 100 requests, not 101"):
        service.decide_batch(principal("viewer"), [request()] * (MAX_BATCH + 1))


def test_batch_names_the_bad_request(service: AccessService) -> None:
    with pytest.raises(Unprocessable, match=r"^requests\[1\]: unknown action; one of") as raised:
        service.decide_batch(principal("viewer"), [request(), request("fly")])
    assert "fly" not in raised.value.message


def test_empty_batch(service: AccessService) -> None:
    assert service.decide_batch(principal("viewer"), []) == []
