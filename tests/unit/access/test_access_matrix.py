"""The default role matrix: each rule in the case it allows and the nearest case it must deny."""

from __future__ import annotations

from decimal import Decimal

import pytest
from access_support import principal, request

from privacykit.domain.access import AccessService

# (roles, action, level, purpose, expected decision, the rule that decides an ALLOW)
MATRIX = [
    # viewer reads PUBLIC and INTERNAL
    (("viewer",), "read", "PUBLIC", "service_delivery", "ALLOW", "viewer.read"),
    (("viewer",), "read", "INTERNAL", "service_delivery", "ALLOW", "viewer.read"),
    (("viewer",), "read", "CONFIDENTIAL", "service_delivery", "DENY", None),
    (("viewer",), "write", "PUBLIC", "service_delivery", "DENY", None),
    # editor reads and writes up to CONFIDENTIAL
    (("editor",), "read", "CONFIDENTIAL", "service_delivery", "ALLOW", "editor.read_write"),
    (("editor",), "write", "CONFIDENTIAL", "service_delivery", "ALLOW", "editor.read_write"),
    (("editor",), "write", "RESTRICTED", "service_delivery", "DENY", None),
    (("editor",), "read", "RESTRICTED", "service_delivery", "DENY", None),
    (("editor",), "delete", "PUBLIC", "service_delivery", "DENY", None),
    # admin: as editor, plus delete
    (("admin",), "write", "CONFIDENTIAL", "service_delivery", "ALLOW", "admin.read_write_delete"),
    (("admin",), "delete", "CONFIDENTIAL", "legal_obligation", "ALLOW", "admin.read_write_delete"),
    (("admin",), "delete", "RESTRICTED", "legal_obligation", "DENY", None),
    (("admin",), "export", "PUBLIC", "legal_obligation", "DENY", None),
    # healthcare roles: read and write RESTRICTED for treatment, payment, operations
    (("healthcare_provider",), "read", "RESTRICTED", "treatment", "ALLOW", "healthcare.tpo"),
    (("healthcare_provider",), "write", "RESTRICTED", "payment", "ALLOW", "healthcare.tpo"),
    (("healthcare_admin",), "read", "RESTRICTED", "operations", "ALLOW", "healthcare.tpo"),
    (("healthcare_admin",), "write", "CONFIDENTIAL", "treatment", "ALLOW", "healthcare.tpo"),
    (("healthcare_provider",), "read", "RESTRICTED", "service_delivery", "DENY", None),
    (("healthcare_provider",), "read", "INTERNAL", "legal_obligation", "DENY", None),
    (("healthcare_provider",), "export", "RESTRICTED", "treatment", "DENY", None),
    (("healthcare_admin",), "delete", "RESTRICTED", "operations", "DENY", None),
    # privacy officer: reads RESTRICTED, exports, deletes, views the audit trail
    (("privacy_officer",), "read", "RESTRICTED", "legal_obligation", "ALLOW", "privacy_officer.read_export_delete"),
    (("privacy_officer",), "export", "RESTRICTED", "legal_obligation", "ALLOW", "privacy_officer.read_export_delete"),
    (("privacy_officer",), "delete", "RESTRICTED", "legal_obligation", "ALLOW", "privacy_officer.read_export_delete"),
    (("privacy_officer",), "view_audit", "INTERNAL", None, "ALLOW", "audit.view"),
    (("privacy_officer",), "write", "PUBLIC", "legal_obligation", "DENY", None),
    (("privacy_officer",), "manage_users", "INTERNAL", None, "DENY", None),
    # compliance auditor: reads up to CONFIDENTIAL, views the audit trail
    (("compliance_auditor",), "read", "CONFIDENTIAL", "legal_obligation", "ALLOW", "compliance_auditor.read"),
    (("compliance_auditor",), "view_audit", "INTERNAL", None, "ALLOW", "audit.view"),
    (("compliance_auditor",), "read", "RESTRICTED", "legal_obligation", "DENY", None),
    (("compliance_auditor",), "export", "PUBLIC", "legal_obligation", "DENY", None),
    # security admin: manages users, views the audit trail
    (("security_admin",), "manage_users", "INTERNAL", None, "ALLOW", "security_admin.manage_users"),
    (("security_admin",), "view_audit", "INTERNAL", None, "ALLOW", "audit.view"),
    (("security_admin",), "read", "PUBLIC", "operations", "DENY", None),
    (("editor",), "manage_users", "INTERNAL", None, "DENY", None),
    (("viewer",), "view_audit", "INTERNAL", None, "DENY", None),
    # approvals of financial operations
    (("finance_approver",), "approve", "INTERNAL", None, "ALLOW", "finance.approve"),
    (("admin",), "approve", "INTERNAL", None, "ALLOW", "finance.approve"),
    (("editor",), "approve", "INTERNAL", None, "DENY", None),
    (("finance_approver",), "read", "PUBLIC", "payment", "DENY", None),
    # nothing granted, nothing allowed
    ((), "read", "PUBLIC", "service_delivery", "DENY", None),
    (("unknown_role",), "read", "PUBLIC", "service_delivery", "DENY", None),
]


@pytest.mark.parametrize(("roles", "action", "level", "purpose", "expected", "rule"), MATRIX)
def test_default_matrix(
    service: AccessService,
    roles: tuple[str, ...],
    action: str,
    level: str,
    purpose: str | None,
    expected: str,
    rule: str | None,
) -> None:
    # A small approval amount keeps separation of duties out of the matrix (tested on its own).
    extra = {"amount": Decimal("100"), "requester": "bob"} if action == "approve" else {}
    decision = service.decide(principal(*roles), request(action, level, purpose, **extra))
    assert decision.decision == expected, decision.reasons
    assert decision.reasons
    if rule is not None:
        assert rule in decision.policies
        assert any(rule in reason for reason in decision.reasons)
    if expected == "DENY":
        assert not decision.allowed
        assert not decision.masks


def test_default_denial_says_what_is_missing(service: AccessService) -> None:
    decision = service.decide(principal("viewer"), request("read", "CONFIDENTIAL"))
    (reason,) = decision.reasons
    assert "no rule allows roles viewer to read CONFIDENTIAL data for service_delivery" in reason
    assert "viewer.read (viewers read PUBLIC and INTERNAL data)" in reason


def test_roles_combine(service: AccessService) -> None:
    both = principal("viewer", "security_admin")
    assert service.decide(both, request("read", "INTERNAL")).decision == "ALLOW"
    assert service.decide(both, request("manage_users", "INTERNAL", None)).decision == "ALLOW"
    assert service.decide(both, request("write", "INTERNAL")).decision == "DENY"
