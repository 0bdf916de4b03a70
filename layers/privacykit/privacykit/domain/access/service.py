"""The access-check decision service: principal x action x resource x purpose -> decision.

Cedar decides; this module prepares what Cedar cannot know by itself (the lawful basis of the
purpose, whether consent is in force now, the MFA age, the separation-of-duties threshold) and turns
Cedar's answer into a decision a person can read. Three follow-ups run only after a denial, so the
common path costs one Cedar call:

- step-up: when only an MFA guard denied, ask again as if MFA were fresh; if that allows, the answer
  is DENY with ``step_up`` (a new MFA sign-in would get full access);
- minimum necessary: a read of a record that is RESTRICTED because of its findings is asked again on
  the record with those findings masked; if that allows, the answer is ALLOW_WITH_MASKING;
- break-glass: when the caller states a reason, the ``break_glass`` action is asked; if allowed, the
  answer is ALLOW with ``break_glass`` and the obligations to log, notify and alert.

Whether a subject consented is not the caller's to learn unless the caller is that subject or holds a
role that reads consents (``CONSENT_READERS``). For anyone else a consent-based purpose is first decided
as if consent were in force: when that denies, the denial is the answer (the same whatever the consent
state, and naming no consent rule); only a caller who could act were consent in force is answered with
the consent state, since that caller needs it to act lawfully.

A read or export of a stored record is also checked against the purpose the record was collected for
(the tenant's :class:`PurposeCompatibility` table): the ``purpose.compatible`` guard denies otherwise.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any, Protocol

import cedarpy

from privacykit.domain.access.compatibility import PurposeCompatibility
from privacykit.domain.access.model import (
    ACTIONS,
    CONSENT_READERS,
    DATA_ACTIONS,
    DEFAULT_MASKING,
    MAX_BATCH,
    AccessDecision,
    AccessRequest,
    Mask,
    parse_amount,
)
from privacykit.domain.access.policy import AccessPolicy, PolicyInfo
from privacykit.domain.common.entity_types import Level, MaskKind
from privacykit.domain.common.principal import Principal
from privacykit.domain.common.purposes import DEFAULT_PURPOSES
from privacykit.errors import ConfigurationError, Forbidden, Unprocessable

__all__ = [
    "ConsentChecker",
    "AccessService",
    "default_access_policy",
    "DEFAULT_SOD_THRESHOLD",
    "BREAK_GLASS_OBLIGATIONS",
]

DEFAULT_SOD_THRESHOLD = Decimal("10000")
#: Whatever the break-glass rule says, these obligations go with an override: the caller audits the
#: stated reason, tells the privacy officer and raises an alert.
BREAK_GLASS_OBLIGATIONS: tuple[str, ...] = ("log_reason", "notify_privacy_officer", "alert")

_FAIL_CLOSED = "a policy could not be evaluated, so the request is denied (fail closed)"
_OTHER_TENANT = "denied: the resource belongs to another tenant"


class ConsentChecker(Protocol):
    """What access-check needs from consent (``ConsentService`` satisfies it)."""

    def has_consent(self, tenant: str, subject: str, purpose: str, at: datetime) -> bool:
        """True when the subject's consent to ``purpose`` is in force at ``at``."""
        ...


@lru_cache(maxsize=1)
def default_access_policy() -> AccessPolicy:
    """The default policy set, validated and parsed once per process."""
    return AccessPolicy()


def _decimal(value: Decimal) -> dict[str, Any]:
    # Cedar's JSON form of an extension value; the decimal needs a point and at most four places.
    return {"__extn": {"fn": "decimal", "arg": f"{value:.4f}"}}


@dataclass(slots=True)
class _Prepared:
    """One request, checked and turned into what Cedar is asked."""

    request: AccessRequest
    level: Level
    uid: str
    context: dict[str, Any]
    same_tenant: bool
    basis: str | None
    consent: bool
    notes: list[str] = field(default_factory=list)
    #: The decision was first asked as if consent were in force (the caller may not learn its state).
    consent_assumed: bool = False


@dataclass(frozen=True, slots=True)
class _Outcome:
    """Cedar's answer with the positional policy ids resolved."""

    allowed: bool
    permits: tuple[PolicyInfo, ...]
    forbids: tuple[PolicyInfo, ...]
    errored: bool


class AccessService:
    """Decides access requests against the tenant's policy set (defaults plus its own policies).

    ``tenant_policies`` maps a tenant to its :class:`AccessPolicy` (built with its extra policies);
    other tenants get ``policy`` (the default set). ``purposes`` is the purpose catalogue (purpose ->
    lawful basis, default ``DEFAULT_PURPOSES``). ``sod_threshold`` is the amount above which an
    approval needs someone other than the requester. ``masking`` says how each RESTRICTED type is
    masked. ``clock`` gives the decision time (consent and MFA age are judged at it).
    """

    def __init__(
        self,
        consent: ConsentChecker,
        *,
        policy: AccessPolicy | None = None,
        tenant_policies: Mapping[str, AccessPolicy] | None = None,
        purposes: Mapping[str, str] | None = None,
        sod_threshold: Decimal | int | str = DEFAULT_SOD_THRESHOLD,
        masking: Mapping[str, MaskKind] | None = None,
        clock: Callable[[], datetime] | None = None,
        compatibility: PurposeCompatibility | None = None,
        tenant_compatibility: Mapping[str, PurposeCompatibility] | None = None,
        consent_readers: frozenset[str] = CONSENT_READERS,
    ) -> None:
        if purposes is None:
            purposes = DEFAULT_PURPOSES
        if not purposes:
            raise ConfigurationError("the purpose catalogue is empty")
        try:
            threshold = parse_amount(sod_threshold, field="sod_threshold")
        except Unprocessable as exc:
            raise ConfigurationError(exc.message) from exc
        self._consent = consent
        self._policy = policy or default_access_policy()
        self._tenant_policies = dict(tenant_policies or {})
        self._purposes = dict(purposes)
        self._purpose_list = ", ".join(sorted(self._purposes))
        self._action_list = ", ".join(sorted(ACTIONS))
        self._threshold = _decimal(threshold)
        self._masking = dict(DEFAULT_MASKING if masking is None else masking)
        self._clock = clock or (lambda: datetime.now(UTC))
        self._compatibility = compatibility or PurposeCompatibility()
        self._tenant_compatibility = dict(tenant_compatibility or {})
        self._consent_readers = frozenset(consent_readers)

    def compatibility_for(self, tenant: str) -> PurposeCompatibility:
        """The purpose compatibility table of ``tenant``."""
        return self._tenant_compatibility.get(tenant, self._compatibility)

    def is_staff(self, principal: Principal) -> bool:
        """Whether the principal holds a role of its tenant's policy set (or reads consents); anyone
        else (a data subject) may ask only about their own data."""
        return principal.has_any_role(self.policy_for(principal.tenant).roles | self._consent_readers)

    def require_may_ask(self, principal: Principal, request: AccessRequest) -> None:
        """Staff ask about any resource of their tenant; anyone else only about a resource whose data
        subject they are."""
        if self.is_staff(principal):
            return
        subject = request.resource.subject_id
        if subject is None or not principal.is_subject(subject):
            raise Forbidden("without a role, a caller may ask only about data of which they are the subject")

    def policy_for(self, tenant: str) -> AccessPolicy:
        """The policy set that decides for principals of ``tenant``."""
        return self._tenant_policies.get(tenant, self._policy)

    def decide(self, principal: Principal, request: AccessRequest) -> AccessDecision:
        """Decide one request."""
        return self._decide(principal, [request], batch=False)[0]

    def decide_batch(self, principal: Principal, requests: Sequence[AccessRequest]) -> list[AccessDecision]:
        """Decide up to 100 requests of one principal, in order, with one Cedar call for all."""
        if len(requests) > MAX_BATCH:
            raise Unprocessable(f"a batch holds at most {MAX_BATCH} requests, not {len(requests)}")
        return self._decide(principal, list(requests), batch=True)

    # -- preparation ---------------------------------------------------------------------------------

    def _decide(self, principal: Principal, requests: list[AccessRequest], *, batch: bool) -> list[AccessDecision]:
        if not requests:
            return []
        policy = self.policy_for(principal.tenant)
        now = self._clock()
        mfa_age = principal.mfa_age_seconds(now)
        consent_cache: dict[tuple[str, str, str], bool] = {}
        delta: list[dict[str, Any]] = [
            {
                "uid": {"type": "User", "id": principal.user_id},
                "attrs": {"tenant": principal.tenant, "user_id": principal.user_id},
                "parents": [{"type": "Role", "id": role} for role in sorted(principal.roles)],
            }
        ]
        prepared: list[_Prepared] = []
        for index, request in enumerate(requests):
            try:
                item = self._prepare(index, request, principal, now, mfa_age, consent_cache)
            except Unprocessable as exc:
                if batch:
                    raise Unprocessable(f"requests[{index}]: {exc.message}", details=exc.details) from exc
                raise
            prepared.append(item)
            delta.append(_record(item.uid, request, item.level, masked=False))
        entities = policy.entities.with_added_json_str(json.dumps(delta))
        principal_uid = {"type": "User", "id": principal.user_id}
        results = cedarpy.is_authorized_batch(
            [_cedar_request(principal_uid, p.request.action, p.uid, p.context) for p in prepared],
            policy.policy_set,
            entities,
        )
        return [
            self._conclude(policy, principal, principal_uid, entities, item, result, now, consent_cache)
            for item, result in zip(prepared, results, strict=True)
        ]

    def _prepare(
        self,
        index: int,
        request: AccessRequest,
        principal: Principal,
        now: datetime,
        mfa_age: float | None,
        consent_cache: dict[tuple[str, str, str], bool],
    ) -> _Prepared:
        action = request.action
        if action not in ACTIONS:
            raise Unprocessable(f"unknown action; one of {self._action_list}")
        purpose = request.purpose
        if purpose is None:
            if action in DATA_ACTIONS:
                raise Unprocessable(f"a purpose is required to {action} personal data; one of {self._purpose_list}")
            basis = None
        else:
            basis = self._purposes.get(purpose)
            if basis is None:
                raise Unprocessable(f"unknown purpose; one of {self._purpose_list}")
        resource = request.resource
        if not isinstance(resource.level, Level):
            raise Unprocessable("resource.level must be one of PUBLIC, INTERNAL, CONFIDENTIAL, RESTRICTED")
        same_tenant = resource.tenant == principal.tenant
        notes: list[str] = []
        consent = False
        assumed = False
        if basis == "consent" and purpose is not None:
            if resource.subject_id is None:
                notes.append(f"purpose {purpose} rests on consent, and the resource names no data subject to check it")
            elif same_tenant:
                if self._may_learn_consent(principal, resource.subject_id):
                    # Never look up another tenant's subjects: that decision is a denial anyway.
                    consent = self._consent_in_force(consent_cache, resource.tenant, resource.subject_id, purpose, now)
                else:
                    # Decided as if consent were in force; looked up only if that allows.
                    consent = assumed = True
        context: dict[str, Any] = {
            "purpose": purpose or "",
            "lawful_basis": basis or "",
            "consent_given": consent,
        }
        if mfa_age is not None:
            # Rounded up: 900.2 s is older than 15 minutes and must not pass as 900.
            context["mfa_age_seconds"] = math.ceil(mfa_age)
        if action == "approve":
            # Decimals only where they are used: building one costs Cedar more than the rest.
            context["sod_threshold"] = self._threshold
            if request.amount is not None:
                context["amount"] = _decimal(request.amount)
        if resource.stored and action in ("read", "export") and purpose is not None:
            compatibility = self.compatibility_for(principal.tenant)
            compatible = compatibility.compatible(resource.collected_for, purpose)
            context["purpose_compatible"] = compatible
            if not compatible:
                allowed = ", ".join(compatibility.allowed_for(resource.collected_for)) or "none"
                collected = resource.collected_for or "no stated purpose"
                notes.append(f"the record was collected for {collected}; compatible purposes: {allowed}")
        if request.requester is not None:
            context["requester"] = request.requester
        if request.break_glass_reason is not None:
            context["break_glass_reason"] = request.break_glass_reason
        return _Prepared(
            request=request,
            level=resource.effective_level,
            uid=f"r{index}",
            context=context,
            same_tenant=same_tenant,
            basis=basis,
            consent=consent,
            notes=notes,
            consent_assumed=assumed,
        )

    def _may_learn_consent(self, principal: Principal, subject: str) -> bool:
        return principal.is_subject(subject) or principal.has_any_role(self._consent_readers)

    def _consent_in_force(
        self, cache: dict[tuple[str, str, str], bool], tenant: str, subject: str, purpose: str, at: datetime
    ) -> bool:
        key = (tenant, subject, purpose)
        if key not in cache:
            cache[key] = bool(self._consent.has_consent(tenant, subject, purpose, at))
        return cache[key]

    # -- conclusion ----------------------------------------------------------------------------------

    def _conclude(
        self,
        policy: AccessPolicy,
        principal: Principal,
        principal_uid: dict[str, str],
        entities: cedarpy.Entities,
        item: _Prepared,
        result: cedarpy.AuthzResult,
        now: datetime,
        consent_cache: dict[tuple[str, str, str], bool],
    ) -> AccessDecision:
        if not item.same_tenant:
            # Cedar's tenant.isolation guard denies this already; deciding it here too means no
            # policy-set mistake can ever open another tenant's data, and no follow-up is asked.
            return AccessDecision("DENY", (_OTHER_TENANT,), policies=("tenant.isolation",))
        decision = self._evaluate(policy, principal, principal_uid, entities, item, _read(policy, result))
        if item.consent_assumed and decision.allowed:
            # The caller could act were consent in force, so it may learn whether it is.
            request = item.request
            subject = request.resource.subject_id
            assert subject is not None and request.purpose is not None  # consent is assumed only then
            if not self._consent_in_force(consent_cache, request.resource.tenant, subject, request.purpose, now):
                actual = dict(item.context, consent_given=False)
                item = replace(item, context=actual, consent=False, consent_assumed=False)
                outcome = _read(policy, _ask(policy, principal_uid, request.action, item.uid, actual, entities))
                decision = self._evaluate(policy, principal, principal_uid, entities, item, outcome)
        return decision

    def _evaluate(
        self,
        policy: AccessPolicy,
        principal: Principal,
        principal_uid: dict[str, str],
        entities: cedarpy.Entities,
        item: _Prepared,
        outcome: _Outcome,
    ) -> AccessDecision:
        if outcome.allowed:
            decision = self._allow(item, outcome)
        else:
            decision = self._after_denial(policy, principal, principal_uid, entities, item, outcome)
        if item.request.break_glass_reason is not None:
            decision = self._break_glass(policy, principal, principal_uid, entities, item, decision)
        return decision

    def _allow(self, item: _Prepared, outcome: _Outcome) -> AccessDecision:
        reasons = [f"allowed by {p.describe()}" for p in outcome.permits]
        reasons.extend(self._purpose_notes(item))
        return AccessDecision(
            "ALLOW",
            tuple(reasons),
            obligations=_obligations(outcome.permits),
            policies=tuple(p.policy_id for p in outcome.permits),
        )

    def _after_denial(
        self,
        policy: AccessPolicy,
        principal: Principal,
        principal_uid: dict[str, str],
        entities: cedarpy.Entities,
        item: _Prepared,
        outcome: _Outcome,
    ) -> AccessDecision:
        request = item.request
        denied = self._denial_reasons(policy, principal, item, outcome)
        denied_ids = tuple(f.policy_id for f in outcome.forbids)
        if outcome.errored:
            return AccessDecision("DENY", tuple(denied), policies=denied_ids)
        if outcome.forbids and all(f.step_up for f in outcome.forbids):
            fresh = dict(item.context, mfa_age_seconds=0)
            retry = _read(policy, _ask(policy, principal_uid, request.action, item.uid, fresh, entities))
            if retry.allowed:
                denied.extend(f"a fresh MFA sign-in would allow it: {p.describe()}" for p in retry.permits)
                return AccessDecision("DENY", tuple(denied), policies=denied_ids, step_up=True)
            # Say so when stepping up would not help, or the caller would ask the user for MFA in vain.
            more = self._denial_reasons(policy, principal, item, retry)
            denied.extend(f"even with a fresh MFA sign-in, {r}" for r in more if r not in denied)
        findings = request.resource.restricted_findings
        if request.action == "read" and findings and item.level is Level.RESTRICTED:
            masked_uid = f"{item.uid}.masked"
            # Masking takes the findings out, so the rest is judged as CONFIDENTIAL: the record still
            # holds personal data, and no lower level can be assumed without reclassifying it.
            masked_entities = entities.with_added_json_str(
                json.dumps([_record(masked_uid, request, Level.CONFIDENTIAL, masked=True)])
            )
            masked = _read(policy, _ask(policy, principal_uid, "read", masked_uid, item.context, masked_entities))
            if masked.allowed:
                masks = tuple(Mask(t, self._masking.get(t, "full")) for t in sorted(findings))
                reasons = [f"full access denied: {r}" for r in denied]
                reasons.extend(f"allowed with masking by {p.describe()}" for p in masked.permits)
                reasons.append("masked: " + ", ".join(f"{m.entity_type} ({m.masking})" for m in masks))
                reasons.extend(self._purpose_notes(item))
                return AccessDecision(
                    "ALLOW_WITH_MASKING",
                    tuple(reasons),
                    masks=masks,
                    obligations=_obligations(masked.permits),
                    policies=denied_ids + tuple(p.policy_id for p in masked.permits),
                )
        return AccessDecision("DENY", tuple(denied), policies=denied_ids)

    def _break_glass(
        self,
        policy: AccessPolicy,
        principal: Principal,
        principal_uid: dict[str, str],
        entities: cedarpy.Entities,
        item: _Prepared,
        decision: AccessDecision,
    ) -> AccessDecision:
        if decision.decision == "ALLOW":
            return AccessDecision(
                decision.decision,
                (*decision.reasons, "break-glass not used: access is allowed without it"),
                decision.masks,
                decision.obligations,
                decision.policies,
            )
        context = dict(item.context, overridden_action=item.request.action)
        outcome = _read(policy, _ask(policy, principal_uid, "break_glass", item.uid, context, entities))
        if not outcome.allowed:
            if outcome.forbids:
                refused = "; ".join(f.describe() for f in outcome.forbids)
            else:
                rules = "; ".join(p.describe() for p in policy.grants_for("break_glass")) or "none"
                refused = f"no rule lets roles {_roles(principal)} break glass here (rules: {rules})"
            return AccessDecision(
                decision.decision,
                (*decision.reasons, f"break-glass refused: {refused}"),
                decision.masks,
                decision.obligations,
                decision.policies,
                step_up=decision.step_up,
            )
        obligations = _obligations(outcome.permits)
        obligations += tuple(o for o in BREAK_GLASS_OBLIGATIONS if o not in obligations)
        reasons = [f"break-glass override by {p.describe()}" for p in outcome.permits]
        reasons.extend(f"overrode: {r}" for r in decision.reasons)
        return AccessDecision(
            "ALLOW",
            tuple(reasons),
            obligations=obligations,
            policies=decision.policies + tuple(p.policy_id for p in outcome.permits),
            break_glass=True,
        )

    def _denial_reasons(
        self, policy: AccessPolicy, principal: Principal, item: _Prepared, outcome: _Outcome
    ) -> list[str]:
        reasons: list[str] = []
        if outcome.errored:
            reasons.append(_FAIL_CLOSED)
        reasons.extend(f"denied by {f.describe()}" for f in outcome.forbids)
        if not reasons:
            request = item.request
            what = f"{request.action} {item.level.name} data"
            if request.purpose:
                what += f" for {request.purpose}"
            grants = policy.grants_for(request.action)
            hint = "; ".join(p.describe() for p in grants) if grants else "none"
            reasons.append(
                f"denied by default: no rule allows roles {_roles(principal)} to {what} "
                f"(rules that grant {request.action}: {hint})"
            )
        reasons.extend(item.notes)
        return reasons

    def _purpose_notes(self, item: _Prepared) -> list[str]:
        purpose = item.request.purpose
        if purpose is None or item.basis is None:
            return []
        note = f"purpose {purpose} rests on {item.basis}"
        if item.basis == "consent" and item.consent:
            note += "; the data subject's consent is in force"
        return [note, *item.notes]


def _roles(principal: Principal) -> str:
    return ", ".join(sorted(principal.roles)) or "(none)"


def _record(uid: str, request: AccessRequest, level: Level, *, masked: bool) -> dict[str, Any]:
    """The Cedar entity of a resource; the masked twin drops the RESTRICTED findings."""
    resource = request.resource
    types = resource.entity_types - resource.restricted_findings if masked else resource.entity_types
    attrs: dict[str, Any] = {
        "tenant": resource.tenant,
        "level": int(level),
        "entity_types": sorted(types),
        "masked": masked,
    }
    if resource.record_id is not None:
        attrs["record_id"] = resource.record_id
    if resource.subject_id is not None:
        attrs["subject"] = resource.subject_id
    return {"uid": {"type": "Record", "id": uid}, "attrs": attrs, "parents": []}


def _cedar_request(principal_uid: dict[str, str], action: str, uid: str, context: dict[str, Any]) -> dict[str, Any]:
    # Asked without the schema: every value here was checked by _prepare and the policies against the schema
    # when loaded, and Cedar's request validation against it was a second check costing a sixth of a decision.
    # The access tests ask Cedar with the schema too and fail on any difference (tests/unit/access/conftest.py).
    return {
        "principal": principal_uid,
        "action": {"type": "Action", "id": action},
        "resource": {"type": "Record", "id": uid},
        "context": context,
    }


def _ask(
    policy: AccessPolicy,
    principal_uid: dict[str, str],
    action: str,
    uid: str,
    context: dict[str, Any],
    entities: cedarpy.Entities,
) -> cedarpy.AuthzResult:
    return cedarpy.is_authorized(_cedar_request(principal_uid, action, uid, context), policy.policy_set, entities)


def _read(policy: AccessPolicy, result: cedarpy.AuthzResult) -> _Outcome:
    """Resolve Cedar's determining policies; any evaluation error denies (fail closed), because an
    erroring forbid is skipped by Cedar and would otherwise let the request through."""
    diagnostics = result.diagnostics
    infos = [policy.by_cedar_id[i] for i in diagnostics.reasons if i in policy.by_cedar_id]
    errored = bool(diagnostics.errors)
    allowed = result.decision == cedarpy.Decision.Allow and not errored
    return _Outcome(
        allowed=allowed,
        permits=tuple(p for p in infos if p.effect == "permit") if allowed else (),
        forbids=tuple(p for p in infos if p.effect == "forbid"),
        errored=errored,
    )


def _obligations(permits: Sequence[PolicyInfo]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for p in permits:
        for o in p.obligations:
            seen.setdefault(o, None)
    return tuple(seen)
