"""Verified token claims -> principal.

The claims have already been verified (signature, issuer, audience, expiry) by the API Gateway JWT
authorizer when deployed, or by the local runtime; this module only interprets them. Tenant, roles,
user and MFA time come from the claims, never from the body or the path.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from privacykit.domain.common.ids import SAFE_ID
from privacykit.domain.common.principal import Principal
from privacykit.errors import Unauthenticated

__all__ = ["principal_from_claims", "TENANT_CLAIM", "GROUPS_CLAIM"]

TENANT_CLAIM = "custom:tenant"
GROUPS_CLAIM = "cognito:groups"


def _as_list(value: Any) -> list[str]:
    """Claims arrays reach HTTP API handlers flattened as "[a b]"; accept both shapes."""
    if value is None or value == "":
        return []
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    text = str(value).strip()
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
    # Whitespace only: a Cognito group name may hold a comma, and "viewer,privacy_officer" is one group.
    return [part for part in text.split() if part]


def principal_from_claims(claims: Mapping[str, Any] | None) -> Principal:
    """Interpret verified claims; a token without a tenant or subject is not a principal."""
    if not claims:
        raise Unauthenticated("a valid bearer token is required")
    tenant = str(claims.get(TENANT_CLAIM) or "")
    user_id = str(claims.get("sub") or "")
    if not SAFE_ID.match(tenant) or not SAFE_ID.match(user_id):
        raise Unauthenticated("the token does not name a tenant and a user")
    auth_time: datetime | None = None
    raw_auth_time = claims.get("auth_time")
    if raw_auth_time not in (None, ""):
        try:
            auth_time = datetime.fromtimestamp(int(float(str(raw_auth_time))), tz=UTC)
        except (TypeError, ValueError, OverflowError, OSError):
            auth_time = None
    return Principal(
        tenant=tenant,
        user_id=user_id,
        roles=frozenset(_as_list(claims.get(GROUPS_CLAIM))),
        auth_time=auth_time,
        amr=tuple(_as_list(claims.get("amr"))),
    )
