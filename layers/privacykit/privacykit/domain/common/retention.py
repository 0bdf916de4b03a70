"""Retention policies as data (issue 12; GDPR Art. 5(1)(e), HIPAA 45 CFR 164.316(b)(2), SOC 2 C1.2/P4.2):
what classify stamps on a record when it is written (its ``expires_at``), what the retention sweep
enforces, and what a DSAR package tells the subject (Art. 15(1)(d)). Shared by those capabilities, so
none of them imports another.

A policy is a list of rules, one JSON object a line (``retention_policies.jsonl`` holds the defaults; a
template parameter may override them per tenant). A rule selects records by classification ``level``,
data ``category`` (a finding type) and ``purpose`` (each optional) and says how long they are kept
(``period``, ISO 8601 ``P<n>Y``, ``P<n>M`` or ``P<n>D``), what happens then (``delete`` or ``anonymise``),
on which legal ``basis`` and under which ``citation``. Of the rules that match a record, the most specific
(the most selectors) win, and of those the longest period.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from importlib import resources
from typing import Any, Literal

from privacykit.domain.common.entity_types import Level

__all__ = [
    "Action",
    "ALL_TENANTS",
    "RetentionRule",
    "RetentionDecision",
    "RetentionPolicy",
    "RetentionPolicies",
    "PolicyRejected",
    "parse_rules",
    "default_rules",
    "add_period",
    "LoadedPolicies",
    "load_policies",
]

Action = Literal["delete", "anonymise"]
#: The tenant a rule names when it applies to every tenant without rules of its own.
ALL_TENANTS = "*"
_PERIOD = re.compile(r"^P([1-9][0-9]{0,3})([YMD])$")
_RULE_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
_TENANT = re.compile(r"^(\*|[A-Za-z0-9][A-Za-z0-9_.:@-]{0,127})$")
_FIELDS = {"id", "tenant", "level", "category", "purpose", "period", "action", "basis", "citation"}
_REQUIRED = ("id", "tenant", "period", "action", "basis", "citation")


class PolicyRejected(ValueError):
    """A policy that does not validate; ``line`` is the 1-based line (or array element) at fault."""

    def __init__(self, source: str, line: int, problem: str) -> None:
        super().__init__(f"{source} line {line}: {problem}")
        self.source = source
        self.line = line
        self.problem = problem


def add_period(start: datetime, period: str) -> datetime:
    """``start`` plus ``period`` on the calendar: 6 years after 29 February is 28 February."""
    match = _PERIOD.match(period)
    if match is None:
        raise ValueError(f"unsupported period {period!r}")
    amount, unit = int(match.group(1)), match.group(2)
    if unit == "D":
        return start + timedelta(days=amount)
    months = amount * 12 if unit == "Y" else amount
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return start.replace(year=year, month=month, day=day)


def _period_days(period: str) -> float:
    """For comparing periods: a year counts 365.25 days, a month 30.44."""
    match = _PERIOD.match(period)
    assert match is not None
    amount, unit = int(match.group(1)), match.group(2)
    return amount * {"Y": 365.25, "M": 30.44, "D": 1.0}[unit]


@dataclass(frozen=True)
class RetentionRule:
    id: str
    tenant: str
    period: str
    action: Action
    basis: str
    citation: str
    level: Level | None = None
    category: str | None = None
    purpose: str | None = None

    @property
    def specificity(self) -> int:
        return sum(s is not None for s in (self.level, self.category, self.purpose))

    def matches(self, level: Level, categories: Iterable[str], purpose: str | None) -> bool:
        return (
            (self.level is None or self.level == level)
            and (self.category is None or self.category in set(categories))
            and (self.purpose is None or self.purpose == purpose)
        )

    def view(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "level": self.level.name if self.level is not None else None,
            "category": self.category,
            "purpose": self.purpose,
            "period": self.period,
            "action": self.action,
            "basis": self.basis,
            "citation": self.citation,
        }

    def describe(self) -> str:
        """The rule in words, for a subject (Art. 15(1)(d))."""
        amount, unit = int(self.period[1:-1]), {"Y": "year", "M": "month", "D": "day"}[self.period[-1]]
        then = "deleted" if self.action == "delete" else "anonymised"
        return (
            f"kept {amount} {unit}{'s' if amount != 1 else ''} from when it was recorded, then {then} ({self.citation})"
        )


@dataclass(frozen=True)
class RetentionDecision:
    rule: RetentionRule
    expires_at: datetime

    @property
    def action(self) -> Action:
        return self.rule.action


@dataclass(frozen=True)
class RetentionPolicy:
    """The rules in force for one tenant."""

    tenant: str
    rules: tuple[RetentionRule, ...]
    fingerprint: str

    def rule(self, rule_id: str) -> RetentionRule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    def decide(
        self, level: Level, categories: Iterable[str], purpose: str | None, created_at: datetime
    ) -> RetentionDecision | None:
        """The rule that governs a record, and when it expires; None when no rule matches (kept)."""
        kinds = set(categories)
        matching = [r for r in self.rules if r.matches(level, kinds, purpose)]
        if not matching:
            return None
        most = max(r.specificity for r in matching)
        # The longest period among the most specific; the rule id breaks an exact tie, so the choice is stable.
        chosen = max((r for r in matching if r.specificity == most), key=lambda r: (_period_days(r.period), r.id))
        return RetentionDecision(chosen, add_period(created_at, chosen.period))


@dataclass(frozen=True)
class RetentionPolicies:
    """Every tenant's rules: a tenant with rules of its own uses them, any other the ``*`` rules."""

    by_tenant: Mapping[str, tuple[RetentionRule, ...]] = field(default_factory=dict)

    def for_tenant(self, tenant: str) -> RetentionPolicy:
        rules = self.by_tenant.get(tenant) or self.by_tenant.get(ALL_TENANTS, ())
        digest = hashlib.sha256(json.dumps([r.view() for r in rules], sort_keys=True).encode()).hexdigest()[:16]
        return RetentionPolicy(tenant, tuple(rules), digest)

    def overridden_by(self, rules: Sequence[RetentionRule]) -> RetentionPolicies:
        """These policies with each tenant named in ``rules`` (``*`` included) given those rules instead."""
        merged = dict(self.by_tenant)
        for tenant in dict.fromkeys(r.tenant for r in rules):
            merged[tenant] = tuple(r for r in rules if r.tenant == tenant)
        return RetentionPolicies(merged)

    @classmethod
    def of(cls, rules: Sequence[RetentionRule]) -> RetentionPolicies:
        return cls().overridden_by(rules)


def _rule(raw: object, known_categories: frozenset[str], known_purposes: frozenset[str] | None) -> RetentionRule:
    if not isinstance(raw, dict):
        raise ValueError("a rule is a JSON object")
    unknown = sorted(set(raw) - _FIELDS)
    if unknown:
        raise ValueError(f"unknown field(s) {', '.join(unknown)}; a rule has {', '.join(sorted(_FIELDS))}")
    missing = [name for name in _REQUIRED if not raw.get(name)]
    if missing:
        raise ValueError(f"missing {', '.join(missing)}")
    for name in _FIELDS:
        if raw.get(name) is not None and not isinstance(raw[name], str):
            raise ValueError(f"{name} must be a string")
    if not _RULE_ID.match(raw["id"]):
        raise ValueError("id must be lower-case letters, digits, '.', '_' or '-' (at most 64)")
    if not _TENANT.match(raw["tenant"]):
        raise ValueError('tenant must be "*" or a tenant id')
    if not _PERIOD.match(raw["period"]):
        raise ValueError("period must be P<n>Y, P<n>M or P<n>D (n from 1 to 9999)")
    if raw["action"] not in ("delete", "anonymise"):
        raise ValueError("action must be delete or anonymise")
    level = None
    if raw.get("level") is not None:
        if raw["level"] not in Level.__members__:
            raise ValueError(f"level must be one of {', '.join(Level.__members__)}")
        level = Level[raw["level"]]
    category = raw.get("category")
    if category is not None and category not in known_categories:
        raise ValueError("category must be a finding type of the entity-type registry")
    purpose = raw.get("purpose")
    if purpose is not None and known_purposes is not None and purpose not in known_purposes:
        raise ValueError("purpose must be a purpose of the catalogue")
    for name in ("basis", "citation"):
        if len(raw[name]) > 300:
            raise ValueError(f"{name} is longer than 300 characters")
    return RetentionRule(
        id=raw["id"], tenant=raw["tenant"], period=raw["period"], action=raw["action"], basis=raw["basis"],
        citation=raw["citation"], level=level, category=category, purpose=purpose,
    )  # fmt: skip


def parse_rules(
    text: str,
    source: str,
    *,
    known_categories: Iterable[str],
    known_purposes: Iterable[str] | None = None,
) -> list[RetentionRule]:
    """The rules of ``text``: JSON lines (blank lines and lines starting with ``#`` are skipped), or one
    JSON array whose elements count as lines 1, 2, ... . :class:`PolicyRejected` names the first bad line;
    the message quotes no value from it (a field name at most)."""
    categories = frozenset(known_categories)
    purposes = frozenset(known_purposes) if known_purposes is not None else None
    stripped = text.strip()
    entries: list[tuple[int, object]] = []
    if stripped.startswith("["):
        try:
            array = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise PolicyRejected(source, exc.lineno, "not valid JSON") from None
        entries = list(enumerate(array, start=1))
    else:
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                entries.append((number, json.loads(line)))
            except json.JSONDecodeError:
                raise PolicyRejected(source, number, "not valid JSON") from None
    rules: list[RetentionRule] = []
    seen: set[tuple[str, str]] = set()
    for number, raw in entries:
        try:
            rule = _rule(raw, categories, purposes)
        except ValueError as exc:
            raise PolicyRejected(source, number, str(exc)) from None
        if (rule.tenant, rule.id) in seen:
            raise PolicyRejected(source, number, "a rule of this tenant already has this id")
        seen.add((rule.tenant, rule.id))
        rules.append(rule)
    return rules


def default_rules(known_categories: Iterable[str], known_purposes: Iterable[str] | None = None) -> list[RetentionRule]:
    """The repository's defaults (``retention_policies.jsonl``; docs/retention.md explains each)."""
    text = resources.files("privacykit.domain.common").joinpath("retention_policies.jsonl").read_text()
    return parse_rules(
        text, "retention_policies.jsonl", known_categories=known_categories, known_purposes=known_purposes
    )


@dataclass(frozen=True)
class LoadedPolicies:
    policies: RetentionPolicies
    #: Where the rules in force come from.
    source: str
    #: Why an override was refused (naming its line); the policies in force are then the previous ones.
    rejected: str | None = None


def load_policies(
    override: str,
    *,
    known_categories: Iterable[str],
    known_purposes: Iterable[str] | None = None,
    previous: LoadedPolicies | None = None,
    source: str = "RETENTION_POLICIES",
) -> LoadedPolicies:
    """The repository's defaults overridden per tenant by ``override`` (JSON lines or a JSON array; empty
    for none). A bad override is refused, naming its line, and the previous policies stay in force (the
    defaults when there were none before)."""
    categories, purposes = list(known_categories), list(known_purposes) if known_purposes is not None else None
    base = previous or LoadedPolicies(RetentionPolicies.of(default_rules(categories, purposes)), "repository defaults")
    if not override.strip():
        return base
    try:
        rules = parse_rules(override, source, known_categories=categories, known_purposes=purposes)
    except PolicyRejected as exc:
        return replace(base, rejected=str(exc))
    defaults = RetentionPolicies.of(default_rules(categories, purposes))
    return LoadedPolicies(defaults.overridden_by(rules), f"repository defaults overridden by {source}")
