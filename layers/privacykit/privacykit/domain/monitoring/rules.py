"""Monitoring rules as data: the defaults (package data ``rules.json``) and each tenant's overrides.

A rule says which audit events it looks at (``match``: event types, outcomes, values of detail fields)
and what makes it fire:

* ``threshold``: one principal's matching events reach ``threshold`` within ``window_minutes``
  (a principal reading many RESTRICTED records; repeated denials);
* ``off_hours``: a principal's matching event falls outside the tenant's working hours;
* ``every``: any matching event (break-glass, a breach reminder, a failed verification);
* ``due_date``: checked on a schedule, not on events: an open DSAR or erasure request within
  ``warn_before_days`` of its due date, or past it.

``dedup_minutes`` is how long a second firing with the same dedup key is suppressed. Both files are
validated whole when loaded (unknown keys, unknown rule ids in an override, bad times are errors), so a
typo fails the cold start rather than silently disabling a rule.
"""

from __future__ import annotations

import json
from datetime import time
from functools import lru_cache
from importlib import resources
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

__all__ = [
    "Severity",
    "Match",
    "Rule",
    "WorkingHours",
    "RuleSet",
    "TenantRules",
    "load_default_rules",
    "rules_for_tenant",
    "RulesInvalid",
    "parse_rule_set",
    "EVENT_FIELDS",
]

Severity = Literal["low", "medium", "high", "critical"]
RuleKind = Literal["threshold", "off_hours", "every", "due_date"]
#: Fields of an audit event a rule may name in ``dedup_by`` or ``carry``; any other name is a detail field.
EVENT_FIELDS = frozenset({"event_id", "type", "outcome", "actor", "subject"})
_ID = r"^[a-z][a-z0-9_]{1,63}$"


class RulesInvalid(ValueError):
    """A rules file does not validate; the message says where (never a value from an event)."""


class Match(BaseModel):
    """Which events a rule looks at: every set condition must hold."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    types: tuple[str, ...] = Field(min_length=1)
    outcomes: tuple[str, ...] = ()
    #: Detail field -> accepted values (the event's value must be one of them).
    details: dict[str, tuple[str, ...]] = Field(default_factory=dict)

    def matches(self, event: dict[str, Any]) -> bool:
        if event.get("type") not in self.types:
            return False
        if self.outcomes and event.get("outcome") not in self.outcomes:
            return False
        details = event.get("details") or {}
        return all(str(details.get(name)) in accepted for name, accepted in self.details.items())


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=_ID)
    title: str = Field(min_length=1, max_length=120)
    kind: RuleKind
    severity: Severity
    enabled: bool = True
    match: Match | None = None
    threshold: int | None = Field(default=None, ge=1)
    window_minutes: int | None = Field(default=None, ge=1, le=1440)
    dedup_minutes: int = Field(default=60, ge=0, le=43_200)
    #: Event or detail fields copied onto the alert (ids, levels, counts: events hold no personal values).
    carry: tuple[str, ...] = ()
    #: Fields that make two firings the same alert (besides the rule and, for per-principal rules, the actor).
    dedup_by: tuple[str, ...] = ()
    warn_before_days: int | None = Field(default=None, ge=0, le=365)
    erasure_due_days: int | None = Field(default=None, ge=1, le=365)

    @model_validator(mode="after")
    def _kind_fields(self) -> Rule:
        if self.kind == "due_date":
            if self.match is not None or self.warn_before_days is None or self.erasure_due_days is None:
                raise ValueError("a due_date rule has warn_before_days and erasure_due_days, and no match")
        elif self.match is None:
            raise ValueError(f"a {self.kind} rule needs a match")
        if self.kind == "threshold" and (self.threshold is None or self.window_minutes is None):
            raise ValueError("a threshold rule needs threshold and window_minutes")
        if self.kind != "threshold" and (self.threshold is not None or self.window_minutes is not None):
            raise ValueError("only a threshold rule has threshold and window_minutes")
        return self

    @property
    def per_principal(self) -> bool:
        """Threshold and working-hours rules are about one principal: they count only events with an
        acting user (a principal with roles), and their dedup key includes that principal."""
        return self.kind in ("threshold", "off_hours")


class WorkingHours(BaseModel):
    """The tenant's working hours: ISO weekdays (1 = Monday) and a daily span in ``timezone``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    timezone: str = "UTC"
    days: tuple[int, ...] = (1, 2, 3, 4, 5)
    start: time = time(7, 0)
    end: time = time(20, 0)

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("timezone is not an IANA time zone name") from None
        return value

    @field_validator("days")
    @classmethod
    def _days(cls, value: tuple[int, ...]) -> tuple[int, ...]:
        if any(day not in range(1, 8) for day in value):
            raise ValueError("days are ISO weekdays, 1 (Monday) to 7 (Sunday)")
        return value

    @model_validator(mode="after")
    def _span(self) -> WorkingHours:
        if self.end <= self.start:
            raise ValueError("end must be after start (a span crossing midnight is two tenants' worth of hours)")
        return self

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


class RuleSet(BaseModel):
    """The rules in force for a tenant (or the defaults) and its working hours."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: Literal[1] = 1
    working_hours: WorkingHours = WorkingHours()
    rules: tuple[Rule, ...]

    @field_validator("rules")
    @classmethod
    def _unique(cls, value: tuple[Rule, ...]) -> tuple[Rule, ...]:
        ids = [rule.id for rule in value]
        if len(ids) != len(set(ids)):
            raise ValueError("rule ids must be unique")
        return value

    @property
    def active(self) -> tuple[Rule, ...]:
        return tuple(rule for rule in self.rules if rule.enabled)

    def rule(self, rule_id: str) -> Rule | None:
        return next((rule for rule in self.rules if rule.id == rule_id), None)


class Override(BaseModel):
    """What a tenant may change in a default rule."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool | None = None
    severity: Severity | None = None
    threshold: int | None = Field(default=None, ge=1)
    window_minutes: int | None = Field(default=None, ge=1, le=1440)
    dedup_minutes: int | None = Field(default=None, ge=0, le=43_200)
    warn_before_days: int | None = Field(default=None, ge=0, le=365)


class TenantRules(BaseModel):
    """A tenant's file: its working hours, overrides of default rules by id, and rules of its own."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    working_hours: WorkingHours | None = None
    overrides: dict[str, Override] = Field(default_factory=dict)
    rules: tuple[Rule, ...] = ()


def _problems(exc: ValidationError) -> str:
    # Locations and messages only: pydantic's input echo is left out.
    return "; ".join(f"{'.'.join(map(str, e['loc'])) or 'file'}: {e['msg']}" for e in exc.errors())


def parse_rule_set(text: str, origin: str) -> RuleSet:
    try:
        return RuleSet.model_validate(json.loads(text))
    except json.JSONDecodeError:
        raise RulesInvalid(f"{origin}: not valid JSON") from None
    except ValidationError as exc:
        raise RulesInvalid(f"{origin}: {_problems(exc)}") from None


@lru_cache(maxsize=1)
def load_default_rules() -> RuleSet:
    """The default rules shipped with the package, validated once per process."""
    text = resources.files("privacykit.domain.monitoring").joinpath("rules.json").read_text(encoding="utf-8")
    return parse_rule_set(text, "rules.json")


def rules_for_tenant(defaults: RuleSet, text: str, origin: str) -> RuleSet:
    """The defaults with a tenant's file (``text``) applied: overrides by id, its own rules added."""
    try:
        tenant = TenantRules.model_validate(json.loads(text))
    except json.JSONDecodeError:
        raise RulesInvalid(f"{origin}: not valid JSON") from None
    except ValidationError as exc:
        raise RulesInvalid(f"{origin}: {_problems(exc)}") from None
    unknown = sorted(set(tenant.overrides) - {rule.id for rule in defaults.rules})
    if unknown:
        raise RulesInvalid(f"{origin}: overrides name rules that do not exist: {', '.join(unknown)}")
    merged: list[Rule] = []
    for rule in defaults.rules:
        change = tenant.overrides.get(rule.id)
        if change is None:
            merged.append(rule)
            continue
        fields = rule.model_dump() | change.model_dump(exclude_none=True)
        try:
            merged.append(Rule.model_validate(fields))
        except ValidationError as exc:
            raise RulesInvalid(f"{origin}: overrides.{rule.id}: {_problems(exc)}") from None
    try:
        return RuleSet(working_hours=tenant.working_hours or defaults.working_hours, rules=(*merged, *tenant.rules))
    except ValidationError as exc:
        raise RulesInvalid(f"{origin}: {_problems(exc)}") from None
