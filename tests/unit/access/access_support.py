"""Helpers of the access-check tests: a fixed clock, principals and requests (the consent fake is
``fakes.FakeConsent``).

A uniquely named module (not conftest) so that the tests import it without clashing with the
conftest modules of other test folders.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from privacykit.domain.access import AccessRequest, AccessResource
from privacykit.domain.common.entity_types import Level
from privacykit.domain.common.principal import Principal

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
TENANT = "acme"


def principal(*roles: str, mfa_age: float | None = 60, user: str = "alice", tenant: str = TENANT) -> Principal:
    """A principal of ``tenant``; ``mfa_age`` seconds since an MFA sign-in (None: no MFA)."""
    return Principal(
        tenant=tenant,
        user_id=user,
        roles=frozenset(roles),
        auth_time=NOW - timedelta(seconds=mfa_age if mfa_age is not None else 3600),
        amr=("pwd", "mfa") if mfa_age is not None else ("pwd",),
    )


def request(
    action: str = "read",
    level: str = "INTERNAL",
    purpose: str | None = "service_delivery",
    *,
    types: tuple[str, ...] = (),
    subject: str | None = "subject-1",
    tenant: str = TENANT,
    **extra: Any,
) -> AccessRequest:
    """A request on a resource of ``tenant`` at ``level`` holding findings of ``types``."""
    resource = AccessResource(tenant=tenant, level=Level[level], subject_id=subject, entity_types=frozenset(types))
    return AccessRequest(action=action, resource=resource, purpose=purpose, **extra)
