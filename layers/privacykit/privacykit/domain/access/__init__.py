"""Access-check: may this principal do this action on this data for this purpose?

The rules are Cedar policies shipped as package data (``policies/*.cedar``) and validated against
``policies/schema.cedarschema``; a tenant adds its own with ``AccessPolicy(extra_policies)``. The
service answers ALLOW, DENY or ALLOW_WITH_MASKING with readable reasons, masks and obligations.
Pure domain logic: the HTTP handler, record lookup, audit and alerts belong to the callers.
"""

from __future__ import annotations

from privacykit.domain.access.compatibility import DEFAULT_COMPATIBILITY, PurposeCompatibility
from privacykit.domain.access.model import (
    ACTIONS,
    CONSENT_READERS,
    DATA_ACTIONS,
    DEFAULT_MASKING,
    MAX_BATCH,
    RESTRICTED_ENTITY_TYPES,
    AccessDecision,
    AccessRequest,
    AccessResource,
    DecisionKind,
    Mask,
)
from privacykit.domain.access.policy import (
    DEFAULT_ROLES,
    AccessPolicy,
    PolicyInfo,
    PolicyProblem,
    PolicySource,
)
from privacykit.domain.access.service import (
    BREAK_GLASS_OBLIGATIONS,
    DEFAULT_SOD_THRESHOLD,
    AccessService,
    ConsentChecker,
    default_access_policy,
)
from privacykit.domain.common.entity_types import MaskKind

__all__ = [
    "AccessService",
    "AccessPolicy",
    "AccessRequest",
    "AccessResource",
    "AccessDecision",
    "ConsentChecker",
    "Mask",
    "MaskKind",
    "DecisionKind",
    "PolicyInfo",
    "PolicyProblem",
    "PolicySource",
    "default_access_policy",
    "ACTIONS",
    "CONSENT_READERS",
    "DEFAULT_COMPATIBILITY",
    "PurposeCompatibility",
    "DATA_ACTIONS",
    "DEFAULT_MASKING",
    "DEFAULT_ROLES",
    "MAX_BATCH",
    "RESTRICTED_ENTITY_TYPES",
    "BREAK_GLASS_OBLIGATIONS",
    "DEFAULT_SOD_THRESHOLD",
]
