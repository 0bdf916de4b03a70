"""The Cedar policy set of access-check: loaded from package files, validated, parsed once.

Cedar skips a policy with a type error silently at decision time (docs/design.md section 9), so every
policy, the defaults and a tenant's extra ones alike, is validated against the schema before it is
used; a failure names the file (or "tenant policies") and the line the offending policy starts on.
Cedar reports only positional ids (``policy3``) and no location, hence the small splitter below that
maps each policy to the line it starts on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

import cedarpy
from cedarpy import pst

from privacykit.errors import ConfigurationError, Unprocessable

__all__ = [
    "PolicySource",
    "PolicyInfo",
    "PolicyProblem",
    "AccessPolicy",
    "DEFAULT_ROLES",
    "MAX_EXTRA_POLICY_CHARS",
    "default_policy_sources",
    "schema_text",
    "split_policies",
]

#: The roles of the default matrix. Role entities need not exist for `principal in Role::"x"` to
#: hold (the principal's parent edge is enough), so tenants' own roles work without declaration;
#: the base entity set lists these only so that it documents them.
DEFAULT_ROLES: tuple[str, ...] = (
    "viewer",
    "editor",
    "admin",
    "healthcare_provider",
    "healthcare_admin",
    "privacy_officer",
    "compliance_auditor",
    "security_admin",
    "finance_approver",
)

#: Upper bound on a tenant's extra policy text.
MAX_EXTRA_POLICY_CHARS = 200_000

_ROLE_NAME = re.compile(r'Role::"([^"\\]+)"')
_PACKAGE = "privacykit.domain.access"
_POLICY_DIR = "policies"
_SCHEMA_FILE = "schema.cedarschema"


@dataclass(frozen=True, slots=True)
class PolicySource:
    """Cedar policy text and where it came from (a file name, or "tenant policies")."""

    origin: str
    text: str


@dataclass(frozen=True, slots=True)
class PolicyInfo:
    """What the service needs to know about one loaded policy.

    ``actions`` is None when the policy's scope covers every action; it feeds the "which rules grant
    this action" hint of a default denial.
    """

    policy_id: str
    effect: Literal["permit", "forbid"]
    reason: str
    obligations: tuple[str, ...]
    step_up: bool
    origin: str
    line: int
    actions: frozenset[str] | None

    @property
    def location(self) -> str:
        """``origin:line`` of the policy's first token."""
        return f"{self.origin}:{self.line}"

    def describe(self) -> str:
        """``id (reason)`` for reasons a person reads."""
        return f"{self.policy_id} ({self.reason})" if self.reason else self.policy_id


@dataclass(frozen=True, slots=True)
class PolicyProblem:
    """One reason a policy cannot be loaded."""

    origin: str
    line: int
    policy_id: str | None
    error: str

    def __str__(self) -> str:
        name = f" policy {self.policy_id!r}" if self.policy_id else ""
        return f"{self.origin}:{self.line}:{name} {self.error}"

    def as_dict(self) -> dict[str, Any]:
        """The ``details`` entry of the error body."""
        return {"location": f"{self.origin}:{self.line}", "policy": self.policy_id, "error": self.error}


def split_policies(text: str) -> list[tuple[int, str]]:
    """Split Cedar policy text into ``(first line, policy text)`` pairs, one per policy.

    A policy ends at a ``;`` outside string literals and ``//`` comments (Cedar has no other comment
    form). The line is that of the policy's first token (usually its first annotation), 1-based. Text
    after the last ``;`` that holds a token is returned too, so an unterminated policy is reported.
    """
    chunks: list[tuple[int, str]] = []
    start = 0
    first_line: int | None = None
    line = 1
    in_string = False
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if in_string:
            if c == "\\" and i + 1 < n:
                if text[i + 1] == "\n":
                    line += 1
                i += 2
                continue
            if c == '"':
                in_string = False
        elif c == "/" and text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        elif c == ";":
            chunks.append((first_line or line, text[start : i + 1]))
            start = i + 1
            first_line = None
        elif not c.isspace():
            if first_line is None:
                first_line = line
            if c == '"':
                in_string = True
        if c == "\n":
            line += 1
        i += 1
    if first_line is not None:
        chunks.append((first_line, text[start:]))
    return chunks


@lru_cache(maxsize=1)
def schema_text() -> str:
    """The Cedar schema shipped with the package."""
    # Imported on first load, not at module import: it costs a few ms of cold start on its own.
    from importlib import resources

    return resources.files(_PACKAGE).joinpath(_POLICY_DIR, _SCHEMA_FILE).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def default_policy_sources() -> tuple[PolicySource, ...]:
    """The default ``*.cedar`` files of the package, in name order (order fixes positional ids)."""
    from importlib import resources

    folder = resources.files(_PACKAGE).joinpath(_POLICY_DIR)
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".cedar")), key=lambda f: f.name)
    return tuple(PolicySource(f"{_POLICY_DIR}/{f.name}", f.read_text(encoding="utf-8")) for f in files)


@lru_cache(maxsize=1)
def _schema_handle(text: str) -> cedarpy.Schema:
    return cedarpy.Schema.from_str(text)


def _actions_of(constraint: pst.ActionConstraint) -> frozenset[str] | None:
    if isinstance(constraint, pst.ActionEq):
        return frozenset({constraint.entity.id})
    if isinstance(constraint, pst.ActionIn):
        return frozenset(uid.id for uid in constraint.entities)
    return None


class AccessPolicy:
    """The default policy set plus a tenant's ``extra_policies``, validated and parsed once.

    A tenant's policies join the defaults; they can grant more (a custom role, a narrower rule) but
    never lift a guard: in Cedar a forbid beats every permit, so tenant isolation, MFA step-up, consent
    and separation of duties hold whatever a tenant adds. Every policy needs a unique ``@id``.

    Raises :class:`Unprocessable` when the extra policies are invalid and :class:`ConfigurationError`
    when the base policies are (a broken deployment), both naming ``origin:line`` of each offender.
    """

    def __init__(
        self,
        extra_policies: str = "",
        *,
        origin: str = "tenant policies",
        base: Sequence[PolicySource] | None = None,
        schema: str | None = None,
    ) -> None:
        if len(extra_policies) > MAX_EXTRA_POLICY_CHARS:
            # Tenant input: bound what a decision-time policy set can cost to parse and evaluate.
            raise Unprocessable(f"{origin} are longer than {MAX_EXTRA_POLICY_CHARS} characters")
        base_sources = tuple(default_policy_sources() if base is None else base)
        sources = base_sources + ((PolicySource(origin, extra_policies),) if extra_policies.strip() else ())
        base_origins = {s.origin for s in base_sources}
        self.schema_text = schema_text() if schema is None else schema
        try:
            self.schema = _schema_handle(self.schema_text)
        except ValueError as exc:
            raise ConfigurationError(f"the access schema does not parse: {exc}") from exc
        problems, policy_set, infos = _compile(sources, self.schema)
        if problems:
            summary = "; ".join(str(p) for p in problems)
            details = [p.as_dict() for p in problems]
            if any(p.origin in base_origins for p in problems):
                raise ConfigurationError(f"invalid access policies: {summary}", details=details)
            raise Unprocessable(f"invalid access policies: {summary}", details=details)
        if policy_set is None:  # unreachable: _compile reports a problem whenever it has no set
            raise ConfigurationError("the access policies could not be parsed")
        self.policy_set: cedarpy.PolicySet = policy_set
        #: Cedar's positional id (policy0, ...) -> what the service needs to know about the policy.
        self.by_cedar_id: dict[str, PolicyInfo] = infos
        self.policies: tuple[PolicyInfo, ...] = tuple(infos.values())
        #: Every role the set names (the default matrix and the tenant's own, such as ``nurse``): a
        #: principal holding none of them is not staff of the tenant, and may ask only about itself.
        self.roles: frozenset[str] = frozenset(DEFAULT_ROLES) | frozenset(
            _ROLE_NAME.findall("\n".join(s.text for s in sources))
        )
        # Static per-action hint for a default denial: the rules that could grant that action.
        self._grants: dict[str, tuple[PolicyInfo, ...]] = {}
        # Parsed once; the action entities come from the schema, and every decision adds only its
        # own principal and resources to this base.
        base_entities = [{"uid": {"type": "Role", "id": role}, "attrs": {}, "parents": []} for role in DEFAULT_ROLES]
        self.entities = cedarpy.Entities.from_json_str(json.dumps(base_entities), self.schema)

    @property
    def policy_ids(self) -> tuple[str, ...]:
        """The ``@id`` of every loaded policy, in load order."""
        return tuple(p.policy_id for p in self.policies)

    def grants_for(self, action: str) -> tuple[PolicyInfo, ...]:
        """The permit rules whose scope covers ``action`` (for the hint of a default denial)."""
        found = self._grants.get(action)
        if found is None:
            found = tuple(
                p for p in self.policies if p.effect == "permit" and (p.actions is None or action in p.actions)
            )
            self._grants[action] = found
        return found


def _compile(
    sources: Sequence[PolicySource], schema: cedarpy.Schema
) -> tuple[list[PolicyProblem], cedarpy.PolicySet | None, dict[str, PolicyInfo]]:
    """Parse and validate ``sources`` as one policy set; report every problem with its location."""
    chunks = [(source.origin, line, text) for source in sources for line, text in split_policies(source.text)]
    problems: list[PolicyProblem] = []
    combined = "\n".join(text for _, _, text in chunks)
    try:
        policy_set = cedarpy.PolicySet.from_str(combined)
    except ValueError as exc:
        # Cedar's parse error carries no location: parse each policy alone to find the bad ones.
        for origin, line, text in chunks:
            try:
                cedarpy.PolicySet.from_str(text)
            except ValueError as one:
                problems.append(PolicyProblem(origin, line, None, f"does not parse: {one}"))
        if not problems:
            first = chunks[0] if chunks else ("policies", 1, "")
            problems.append(PolicyProblem(first[0], first[1], None, f"does not parse: {exc}"))
        return problems, None, {}

    def locate(cedar_id: str) -> tuple[str, int]:
        index = int(cedar_id.removeprefix("policy")) if cedar_id.removeprefix("policy").isdigit() else -1
        if 0 <= index < len(chunks):
            return chunks[index][0], chunks[index][1]
        return "policies", 0

    tree = policy_set.to_pst()
    for cedar_id, template in tree.templates.items():
        origin, line = locate(cedar_id)
        problems.append(
            PolicyProblem(
                origin, line, template.annotations.get("id"), "templates (?principal, ?resource) are not supported"
            )
        )
    result = cedarpy.validate_policies(combined, schema)
    for error in result.errors:
        origin, line = locate(error.policy_id)
        annotated = result.id_annotations_by_policy_id.get(error.policy_id)
        problems.append(PolicyProblem(origin, line, annotated, error.error))

    infos: dict[str, PolicyInfo] = {}
    seen: dict[str, str] = {}
    for cedar_id, policy in tree.static_policies.items():
        origin, line = locate(cedar_id)
        policy_id = policy.annotations.get("id")
        if not policy_id:
            problems.append(PolicyProblem(origin, line, None, 'has no @id("...") annotation'))
            continue
        if policy_id in seen:
            problems.append(PolicyProblem(origin, line, policy_id, f"reuses the @id of {seen[policy_id]}"))
            continue
        seen[policy_id] = f"{origin}:{line}"
        obligations = tuple(o.strip() for o in policy.annotations.get("obligations", "").split(",") if o.strip())
        infos[cedar_id] = PolicyInfo(
            policy_id=policy_id,
            effect=policy.effect,
            reason=policy.annotations.get("reason", ""),
            obligations=obligations,
            step_up="step_up" in policy.annotations,
            origin=origin,
            line=line,
            actions=_actions_of(policy.action),
        )
    problems.sort(key=lambda p: (p.origin, p.line))
    return problems, policy_set, infos
