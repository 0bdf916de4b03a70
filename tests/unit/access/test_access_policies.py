"""The policy files and a tenant's extra policies: validated against the schema, errors located."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import cedarpy
import pytest
from access_support import TENANT, principal, request

from privacykit.domain.access import (
    ACTIONS,
    AccessPolicy,
    AccessService,
    PolicySource,
    default_access_policy,
)
from privacykit.domain.access.policy import default_policy_sources, schema_text, split_policies
from privacykit.errors import ConfigurationError, Unprocessable

GOOD = """
@id("acme.nurse_read")
@reason("nurses read data up to CONFIDENTIAL")
permit (principal in Role::"nurse", action == Action::"read", resource)
when { resource.level <= 2 };
"""


def test_default_policies_validate_against_the_schema() -> None:
    sources = default_policy_sources()
    assert [s.origin for s in sources] == [
        "policies/break_glass.cedar",
        "policies/guards.cedar",
        "policies/roles.cedar",
    ]
    try:
        AccessPolicy()
    except ConfigurationError as exc:
        # The message names the offending file and line, e.g. "policies/roles.cedar:12: policy ...".
        pytest.fail(exc.message)
    assert cedarpy.validate_policies("\n".join(s.text for s in sources), schema_text()).validation_passed


def test_every_default_policy_has_an_id_and_a_reason() -> None:
    policy = default_access_policy()
    assert len(policy.policy_ids) == len(set(policy.policy_ids)) == 15
    for info in policy.policies:
        assert info.reason, f"{info.location}: policy {info.policy_id} has no @reason"
        assert re.fullmatch(r"[a-z_]+\.[a-z_]+", info.policy_id)


def test_positional_ids_match_the_located_policies() -> None:
    # The line of each policy is found by our splitter; check it agrees with Cedar's numbering.
    policy = default_access_policy()
    for source in default_policy_sources():
        lines = source.text.splitlines()
        for info in (p for p in policy.policies if p.origin == source.origin):
            assert lines[info.line - 1].startswith(f'@id("{info.policy_id}")'), info.location


def test_schema_declares_exactly_the_actions() -> None:
    declared = re.search(r"^action (.+?)\n", schema_text(), re.MULTILINE)
    assert declared is not None
    assert {a.strip() for a in declared.group(1).split(",")} == ACTIONS | {"break_glass"}


def test_split_policies_ignores_semicolons_in_strings_and_comments() -> None:
    text = (
        "// a comment; with a semicolon\n"
        '@id("a;b")\n'
        "permit (principal, action, resource)\n"
        'when { "x;\\"y" == "x" };\n'
        "\n"
        "  forbid (principal, action, resource);\n"
        "// tail"
    )
    chunks = split_policies(text)
    assert [line for line, _ in chunks] == [2, 6]
    assert len(cedarpy.PolicySet.from_str("\n".join(c for _, c in chunks))) == 2


def test_a_type_error_names_the_tenant_policy_line() -> None:
    bad = (
        GOOD
        + """

@id("acme.bad")
permit (principal, action == Action::"read", resource)
when { resource.level == "high" };
"""
    )
    with pytest.raises(Unprocessable) as info:
        AccessPolicy(bad)
    message = info.value.message
    assert "tenant policies:8: policy 'acme.bad'" in message
    assert "Long" in message and "String" in message
    assert info.value.details == [
        {"location": "tenant policies:8", "policy": "acme.bad", "error": info.value.details[0]["error"]}
    ]


def test_an_unknown_attribute_and_action_are_rejected() -> None:
    bad = """@id("x.one")
permit (principal, action == Action::"fly", resource);
@id("x.two")
permit (principal, action, resource) when { resource.owner == "me" };"""
    with pytest.raises(Unprocessable) as info:
        AccessPolicy(bad, origin="acme.cedar")
    assert "acme.cedar:1: policy 'x.one'" in info.value.message
    assert "acme.cedar:3: policy 'x.two'" in info.value.message


def test_a_parse_error_names_the_line() -> None:
    bad = GOOD + '\n@id("acme.broken")\npermit (principal, action, resource) when { 1 + };\n'
    with pytest.raises(Unprocessable) as info:
        AccessPolicy(bad)
    assert "tenant policies:7:" in info.value.message
    assert "does not parse" in info.value.message


def test_policies_need_a_unique_id() -> None:
    with pytest.raises(Unprocessable, match=r"tenant policies:1: has no @id"):
        AccessPolicy('permit (principal in Role::"nurse", action == Action::"read", resource);')
    with pytest.raises(Unprocessable, match=r"reuses the @id of policies/roles.cedar:\d+"):
        AccessPolicy('@id("viewer.read")\npermit (principal, action == Action::"read", resource);')


def test_extra_policies_are_bounded() -> None:
    with pytest.raises(Unprocessable, match="longer than 200000 characters"):
        AccessPolicy("// " + "x" * 200_000)


def test_templates_are_rejected() -> None:
    with pytest.raises(Unprocessable, match="templates"):
        AccessPolicy('@id("t.one")\npermit (principal == ?principal, action == Action::"read", resource);')


def test_a_broken_base_file_is_a_configuration_error() -> None:
    sources = [
        *default_policy_sources(),
        PolicySource(
            "policies/extra.cedar", GOOD + '\n@id("z.z")\nforbid (principal, action, resource) when { context.nope };'
        ),
    ]
    with pytest.raises(ConfigurationError, match=r"policies/extra.cedar:7: policy 'z.z'"):
        AccessPolicy(base=sources)


def test_tenant_policies_grant_a_custom_role(make_service: Callable[..., AccessService]) -> None:
    service = make_service(tenant_policies={TENANT: AccessPolicy(GOOD)})
    nurse = principal("nurse")
    allowed = service.decide(nurse, request("read", "CONFIDENTIAL"))
    assert allowed.decision == "ALLOW"
    assert allowed.policies == ("acme.nurse_read",)
    assert "nurses read data up to CONFIDENTIAL" in allowed.reasons[0]
    assert service.decide(nurse, request("write", "CONFIDENTIAL")).decision == "DENY"
    assert service.decide(nurse, request("read", "RESTRICTED")).decision == "DENY"
    # Another tenant's principals do not get acme's rule.
    other = principal("nurse", tenant="globex")
    assert service.decide(other, request("read", "INTERNAL", tenant="globex")).decision == "DENY"


def test_tenant_policies_can_restrict_further(make_service: Callable[..., AccessService]) -> None:
    extra = """@id("acme.no_export")
@reason("acme exports nothing")
forbid (principal, action == Action::"export", resource);"""
    service = make_service(tenant_policies={TENANT: AccessPolicy(extra)})
    decision = service.decide(principal("privacy_officer"), request("export", "INTERNAL", "legal_obligation"))
    assert decision.decision == "DENY"
    assert decision.reasons == ("denied by acme.no_export (acme exports nothing)",)


def test_a_tenant_permit_cannot_lift_the_guards(make_service: Callable[..., AccessService]) -> None:
    everything = '@id("acme.everything")\npermit (principal, action, resource);'
    policy = AccessPolicy(everything)
    service = make_service(tenant_policies={TENANT: policy})
    anyone = principal(mfa_age=None, user="alice")
    assert service.decide(anyone, request("read", "CONFIDENTIAL")).decision == "ALLOW"
    assert service.decide(anyone, request("read", "RESTRICTED")).policies == ("mfa.step_up",)
    assert service.decide(anyone, request("read", "INTERNAL", "marketing")).policies == ("consent.required",)

    # Tenant isolation holds inside Cedar too, not only in the service's short-circuit.
    entities = policy.entities.with_added_json_str(
        json.dumps(
            [
                {
                    "uid": {"type": "User", "id": "alice"},
                    "attrs": {"tenant": TENANT, "user_id": "alice"},
                    "parents": [],
                },
                {
                    "uid": {"type": "Record", "id": "r0"},
                    "attrs": {"tenant": "globex", "level": 0, "entity_types": [], "masked": False},
                    "parents": [],
                },
            ]
        )
    )
    context = {
        "purpose": "operations",
        "lawful_basis": "legitimate_interests",
        "consent_given": False,
    }
    result = cedarpy.is_authorized(
        {
            "principal": {"type": "User", "id": "alice"},
            "action": {"type": "Action", "id": "read"},
            "resource": {"type": "Record", "id": "r0"},
            "context": context,
        },
        policy.policy_set,
        entities,
        policy.schema,
    )
    assert result.decision == cedarpy.Decision.Deny
    assert [policy.by_cedar_id[i].policy_id for i in result.diagnostics.reasons] == ["tenant.isolation"]


def test_a_forbid_that_fails_at_run_time_denies(make_service: Callable[..., AccessService]) -> None:
    # Valid against the schema but overflows for level >= 2: Cedar skips an erroring policy, which
    # for a forbid would mean allowing; the service fails closed instead.
    extra = """@id("acme.overflow")
forbid (principal, action == Action::"read", resource)
when { resource.level * 9223372036854775807 > 0 };"""
    service = make_service(tenant_policies={TENANT: AccessPolicy(extra)})
    decision = service.decide(principal("editor"), request("read", "CONFIDENTIAL"))
    assert decision.decision == "DENY"
    assert "fail closed" in decision.reasons[0]
    # Where it does not error (level 0 * n = 0, not > 0) the forbid simply does not apply.
    assert service.decide(principal("editor"), request("read", "PUBLIC")).decision == "ALLOW"
