"""Purpose limitation on stored records (GDPR Art. 5(1)(b), 6(4)): the default table, a tenant's own,
and the guard that denies an incompatible read whatever role asks (break-glass aside)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from access_support import principal, request

from privacykit.domain.access import AccessService, PurposeCompatibility
from privacykit.errors import ConfigurationError


def on_record(action: str, purpose: str, collected: str | None, **extra: object):  # type: ignore[no-untyped-def]
    asked = request(action, "CONFIDENTIAL", purpose, **extra)
    return replace(asked, resource=replace(asked.resource, stored=True, collected_for=collected, record_id="rec_1"))


@pytest.mark.parametrize(
    ("collected", "purpose", "expected"),
    [
        ("treatment", "treatment", "ALLOW"),
        ("treatment", "payment", "ALLOW"),
        ("treatment", "operations", "DENY"),
        ("treatment", "service_delivery", "DENY"),
        ("marketing", "service_delivery", "DENY"),
        ("service_delivery", "operations", "ALLOW"),
        (None, "service_delivery", "DENY"),
        (None, "legal_obligation", "ALLOW"),
    ],
)
def test_default_table(service: AccessService, collected: str | None, purpose: str, expected: str) -> None:
    decision = service.decide(principal("privacy_officer"), on_record("read", purpose, collected))
    assert decision.decision == expected
    if expected == "DENY":
        assert decision.policies == ("purpose.compatible",)
        assert any("compatible purposes:" in r for r in decision.reasons)


def test_an_ad_hoc_resource_has_no_collection_purpose_to_check(service: AccessService) -> None:
    assert service.decide(principal("privacy_officer"), request("read", "CONFIDENTIAL", "operations")).allowed


def test_a_tenant_table_replaces_the_default(make_service: Callable[..., AccessService]) -> None:
    table = PurposeCompatibility.from_json('{"compatible": {"treatment": ["operations"]}}', origin="t.json")
    service = make_service(tenant_compatibility={"acme": table})
    assert service.decide(principal("privacy_officer"), on_record("read", "operations", "treatment")).allowed
    assert not service.decide(principal("privacy_officer"), on_record("read", "payment", "treatment")).allowed
    other = principal("privacy_officer", tenant="globex")
    asked = on_record("read", "operations", "treatment")
    asked = replace(asked, resource=replace(asked.resource, tenant="globex"))
    assert not service.decide(other, asked).allowed


def test_break_glass_still_overrides_for_treatment(service: AccessService) -> None:
    decision = service.decide(
        principal("healthcare_provider"), on_record("read", "treatment", "marketing", break_glass_reason="arrest")
    )
    assert decision.break_glass


@pytest.mark.parametrize(
    "text",
    ["[]", '{"compatible": {"Treatment": []}}', '{"compatible": {"treatment": "payment"}}', "{", '{"x": {}}'],
)
def test_a_bad_table_is_refused(text: str) -> None:
    with pytest.raises(ConfigurationError):
        PurposeCompatibility.from_json(text, origin="t.json")
