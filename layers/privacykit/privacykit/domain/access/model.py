"""Requests, resources and decisions of access-check: plain values, no Cedar.

The wire shapes are parsed here (``from_dict``) so that an HTTP handler and a batch caller reject the
same bad input with the same :class:`~privacykit.errors.Unprocessable` message.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal, InvalidOperation
from typing import Any, Literal

from privacykit.domain.common.entity_types import ENTITY_TYPES, RESTRICTED_TYPES, EntityType, Level, MaskKind
from privacykit.domain.common.ids import ENTITY_TYPE_PATTERN, SAFE_ID
from privacykit.errors import Unprocessable

__all__ = [
    "DecisionKind",
    "ACTIONS",
    "DATA_ACTIONS",
    "RESTRICTED_ENTITY_TYPES",
    "DEFAULT_MASKING",
    "MAX_BATCH",
    "CONSENT_READERS",
    "MAX_AMOUNT",
    "AccessResource",
    "AccessRequest",
    "Mask",
    "AccessDecision",
    "parse_amount",
]

DecisionKind = Literal["ALLOW", "DENY", "ALLOW_WITH_MASKING"]

#: Actions a caller may ask about. The schema also declares ``break_glass``, which only the service
#: itself asks (after a denial, when the caller states a reason), so it is not requestable.
ACTIONS: frozenset[str] = frozenset({"read", "write", "export", "delete", "approve", "manage_users", "view_audit"})
#: Actions that process personal data: purpose limitation says they must state a purpose.
DATA_ACTIONS: frozenset[str] = frozenset({"read", "write", "export", "delete"})

#: Entity types whose presence makes a record RESTRICTED; the minimum-necessary rule masks them.
RESTRICTED_ENTITY_TYPES: frozenset[str] = frozenset(t.value for t in RESTRICTED_TYPES)

#: How each RESTRICTED type is masked when a role may see the record but not that finding.
DEFAULT_MASKING: Mapping[str, MaskKind] = {t.value: ENTITY_TYPES[t].mask for t in RESTRICTED_TYPES}

MAX_BATCH = 100
#: Roles entitled to learn whether a subject's consent is in force (as they may read it on the consent
#: routes). Anyone else learns it from a decision only where they could act were consent in force.
CONSENT_READERS: frozenset[str] = frozenset({"privacy_officer", "service"})
#: Cedar decimals are 64-bit with four fractional digits; stay well inside that range.
MAX_AMOUNT = Decimal("900000000000000")
_FOUR_PLACES = Decimal("0.0001")
_ENTITY_TYPE_NAME = re.compile(ENTITY_TYPE_PATTERN)
_MAX_REASON_CHARS = 1000


def parse_amount(value: Any, *, field: str = "context.amount") -> Decimal:
    """A non-negative amount as a Decimal with four places, rounded up.

    Rounding up (not to nearest) means an amount a hair over the threshold can never round down to it
    and slip past separation of duties.
    """
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise Unprocessable(f"{field} must be a number")
    try:
        amount = Decimal(str(value).strip()) if not isinstance(value, Decimal) else value
    except InvalidOperation as exc:
        raise Unprocessable(f"{field} must be a number") from exc
    if not amount.is_finite() or amount < 0:
        raise Unprocessable(f"{field} must be a finite, non-negative number")
    if amount > MAX_AMOUNT:
        raise Unprocessable(f"{field} is larger than {MAX_AMOUNT}")
    return amount.quantize(_FOUR_PLACES, rounding=ROUND_CEILING)


def _optional_id(data: Mapping[str, Any], key: str, field: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not SAFE_ID.match(value):
        raise Unprocessable(f"{field} must be an identifier (letters, digits, _.:@-, at most 128)")
    return value


def _parse_level(value: Any) -> Level:
    if isinstance(value, Level):
        return value
    if not isinstance(value, str):
        raise Unprocessable("resource.level must be a string")
    try:
        return Level.parse(value)
    except ValueError as exc:
        raise Unprocessable(f"resource.level: unknown level; one of {', '.join(m.name for m in Level)}") from exc


@dataclass(frozen=True, slots=True)
class AccessResource:
    """The data a decision is about, already resolved by the caller.

    A ``{"record_id"}`` on the wire is resolved by the caller (from its record store) into the record's
    tenant, subject, level and the entity types found in it; a ``{"subject_id"?, "level"}`` is taken as
    is. ``tenant`` is the tenant that owns the data, never the caller's tenant copied over.
    """

    tenant: str
    #: RESTRICTED when unknown: an unlabelled resource gets the strictest treatment.
    level: Level = Level.RESTRICTED
    subject_id: str | None = None
    record_id: str | None = None
    entity_types: frozenset[str] = frozenset()
    #: True when the resource is a record the bundle stored (resolved by the enforcement point, never
    #: taken from a caller); only then do ``collected_for`` and ``created_by`` mean anything.
    stored: bool = False
    #: The purpose the stored record was collected for (None: it stated none).
    collected_for: str | None = None

    @property
    def restricted_findings(self) -> frozenset[str]:
        """The entity types found that make a record RESTRICTED."""
        return self.entity_types & RESTRICTED_ENTITY_TYPES

    @property
    def effective_level(self) -> Level:
        """The level the decision uses: a record holding a RESTRICTED type is RESTRICTED whatever its
        label says, so a stale or wrong label cannot lower the bar."""
        if self.level is not Level.RESTRICTED and self.restricted_findings:
            return Level.RESTRICTED
        return self.level

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, tenant: str) -> AccessResource:
        """Parse ``{"level"?, "subject_id"?, "record_id"?, "entity_types"?, "tenant"?}``.

        ``tenant`` is the owning tenant the caller resolved; a ``"tenant"`` key in ``data`` wins, so a
        record store can hand its stored tenant through unchanged.
        """
        if not isinstance(data, Mapping):
            raise Unprocessable("resource must be an object")
        owner = data.get("tenant", tenant)
        if not isinstance(owner, str) or not SAFE_ID.match(owner):
            raise Unprocessable("resource.tenant must be an identifier")
        raw_types = data.get("entity_types", ())
        if isinstance(raw_types, str) or not isinstance(raw_types, list | tuple | set | frozenset):
            raise Unprocessable("resource.entity_types must be a list of entity type names")
        types: set[str] = set()
        for item in raw_types:
            name = item.value if isinstance(item, EntityType) else item
            if not isinstance(name, str) or not _ENTITY_TYPE_NAME.match(name):
                raise Unprocessable("resource.entity_types holds a value that is not an entity type name")
            types.add(name)
        return cls(
            tenant=owner,
            level=_parse_level(data["level"]) if data.get("level") is not None else Level.RESTRICTED,
            subject_id=_optional_id(data, "subject_id", "resource.subject_id"),
            record_id=_optional_id(data, "record_id", "resource.record_id"),
            entity_types=frozenset(types),
        )


@dataclass(frozen=True, slots=True)
class AccessRequest:
    """One question: may the principal do ``action`` on ``resource`` for ``purpose``?

    ``amount`` and ``requester`` describe a financial operation to approve; ``break_glass_reason`` is
    the reason a healthcare role states to override a denial for treatment.
    """

    action: str
    resource: AccessResource
    purpose: str | None = None
    amount: Decimal | None = None
    requester: str | None = None
    break_glass_reason: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, tenant: str) -> AccessRequest:
        """Parse ``{"action", "resource", "purpose"?, "context"?: {"amount", "requester",
        "break_glass_reason"}}``; ``tenant`` is the resource's owning tenant (see AccessResource)."""
        if not isinstance(data, Mapping):
            raise Unprocessable("an access request must be an object")
        action = data.get("action")
        if not isinstance(action, str) or not action:
            raise Unprocessable("action is required")
        purpose = data.get("purpose")
        if purpose is not None and not isinstance(purpose, str):
            raise Unprocessable("purpose must be a string")
        context = data.get("context")
        context = {} if context is None else context
        if not isinstance(context, Mapping):
            raise Unprocessable("context must be an object")
        amount = context.get("amount")
        reason = context.get("break_glass_reason")
        if reason is not None:
            if not isinstance(reason, str) or not reason.strip():
                raise Unprocessable("context.break_glass_reason must be a non-empty text")
            if len(reason) > _MAX_REASON_CHARS:
                raise Unprocessable(f"context.break_glass_reason is longer than {_MAX_REASON_CHARS} characters")
            reason = reason.strip()
        return cls(
            action=action,
            resource=AccessResource.from_dict({} if data.get("resource") is None else data["resource"], tenant=tenant),
            purpose=purpose or None,
            amount=None if amount is None else parse_amount(amount),
            requester=_optional_id(context, "requester", "context.requester"),
            break_glass_reason=reason,
        )


@dataclass(frozen=True, slots=True)
class Mask:
    """Mask every finding of ``entity_type`` in the response with ``masking``."""

    entity_type: str
    masking: MaskKind

    def as_dict(self) -> dict[str, str]:
        """The wire shape ``{"entity_type", "masking"}``."""
        return {"entity_type": self.entity_type, "masking": self.masking}


@dataclass(frozen=True, slots=True)
class AccessDecision:
    """The answer. ``policies`` are the ``@id`` of the rules that decided, for the audit event;
    ``break_glass`` asks the caller to audit and alert; ``step_up`` says a fresh MFA sign-in would
    turn this denial into an allow."""

    decision: DecisionKind
    reasons: tuple[str, ...]
    masks: tuple[Mask, ...] = ()
    obligations: tuple[str, ...] = ()
    policies: tuple[str, ...] = ()
    break_glass: bool = False
    step_up: bool = False

    @property
    def allowed(self) -> bool:
        """True for ALLOW and ALLOW_WITH_MASKING."""
        return self.decision != "DENY"

    def as_dict(self) -> dict[str, Any]:
        """The wire shape of the decision."""
        return {
            "decision": self.decision,
            "reasons": list(self.reasons),
            "masks": [m.as_dict() for m in self.masks],
            "obligations": list(self.obligations),
            "policies": list(self.policies),
            "break_glass": self.break_glass,
            "step_up": self.step_up,
        }
