"""The rules table (package data ``rules.json``) and its pydantic schema.

The table is data, not code: every rule names who must notify whom, from which incident timestamp the
clock runs, for how long, under which conditions (role, flags, residence, categories, counts, risk,
safe harbour), and the citation and source it was checked against. ``load_rules`` validates the whole
file once (unknown keys are errors, chained rules must point backwards, categories must be defined).
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field, model_validator

from privacykit.domain.breach.deadlines import Period
from privacykit.domain.breach.models import TRIGGER_FIELDS, RiskLevel, Role

__all__ = ["Definition", "Conditions", "Rule", "Category", "RuleBook", "load_rules", "RISK_RANK"]

#: Risk levels in increasing order; a rule's ``min_risk`` is met by this level or any higher one.
RISK_RANK: dict[str, int] = {"none": 0, "low": 1, "high": 2}


class Definition(BaseModel):
    """How a law's definition of covered personal information maps onto our categories.

    Met when any ``any`` category is present, or any ``standalone`` one, or ``name`` together with any
    ``with_name`` one (the US state pattern "first name or initial and last name in combination with ...").
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    description: str
    any: tuple[str, ...] = ()
    standalone: tuple[str, ...] = ()
    with_name: tuple[str, ...] = ()

    def matches(self, categories: frozenset[str]) -> bool:
        """Whether the incident's categories fall under this definition."""
        if categories.intersection(self.any) or categories.intersection(self.standalone):
            return True
        return "name" in categories and bool(categories.intersection(self.with_name))

    def all_categories(self) -> frozenset[str]:
        """Every category the definition mentions."""
        return frozenset(self.any) | frozenset(self.standalone) | frozenset(self.with_name)


class Conditions(BaseModel):
    """When a rule applies; every set condition must hold."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    definition: str | None = None
    min_risk: RiskLevel = "none"
    or_min_count: int | None = Field(default=None, ge=0, description="waives min_risk at this many affected")
    min_count: int | None = Field(default=None, ge=0)
    max_count: int | None = Field(default=None, ge=0)
    encryption_safe_harbor: bool = False
    flags_all: tuple[str, ...] = ()
    warn_if_flags_missing: str | None = None
    effective_from: date | None = None


class Rule(BaseModel):
    """One duty of one law towards one recipient."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    rule_id: str
    regime: str
    jurisdiction: str
    residence: tuple[str, ...]
    per_state: bool = False
    roles: tuple[Role, ...]
    recipient: str
    recipient_name: str
    trigger: str | None = None
    after_rule: str | None = None
    period: Period | None = None
    small_agent_period: Period | None = None
    qualifier: str
    conditions: Conditions = Conditions()
    notice_elements: tuple[str, ...] = ()
    citation: str
    source: str
    source_note: str
    verified: bool

    @model_validator(mode="after")
    def _trigger_shape(self) -> Rule:
        if self.trigger is not None and self.trigger not in TRIGGER_FIELDS:
            raise ValueError(f"{self.rule_id}: unknown trigger field {self.trigger!r}")
        if self.trigger is not None and self.after_rule is not None:
            raise ValueError(f"{self.rule_id}: trigger and after_rule are exclusive")
        if self.period is not None and self.trigger is None and self.after_rule is None:
            raise ValueError(f"{self.rule_id}: a period needs a trigger or after_rule")
        return self


class Category(BaseModel):
    """One data category of the taxonomy."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str
    consequences: tuple[str, ...] = ()


class RuleBook(BaseModel):
    """The whole rules file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    categories: dict[str, Category]
    definitions: dict[str, Definition]
    residence: dict[str, tuple[str, ...]]
    notice_elements: dict[str, str]
    rules: tuple[Rule, ...]

    @model_validator(mode="after")
    def _consistent(self) -> RuleBook:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.rule_id in seen:
                raise ValueError(f"duplicate rule_id {rule.rule_id}")
            if rule.after_rule is not None and rule.after_rule not in seen:
                raise ValueError(f"{rule.rule_id}: after_rule {rule.after_rule} must be an earlier rule")
            seen.add(rule.rule_id)
            definition = rule.conditions.definition
            if definition is not None and definition not in self.definitions:
                raise ValueError(f"{rule.rule_id}: unknown definition {definition}")
            for element in rule.notice_elements:
                if element not in self.notice_elements:
                    raise ValueError(f"{rule.rule_id}: unknown notice element {element}")
        for name, definition_ in self.definitions.items():
            unknown = definition_.all_categories() - set(self.categories)
            if unknown:
                raise ValueError(f"definition {name} uses unknown categories {sorted(unknown)}")
        return self

    def known_residence_keys(self) -> frozenset[str]:
        """Every residence key the taxonomy knows: ``EU-DE``, ``US-TX``, ``CA-ON``, ``UK``, ..."""
        keys: set[str] = set()
        for prefix, members in self.residence.items():
            if prefix == "single":
                keys.update(members)
            else:
                keys.update(f"{prefix}-{member}" for member in members)
        return frozenset(keys)

    def jurisdictions(self) -> frozenset[str]:
        """The distinct jurisdictions of the rules."""
        return frozenset(rule.jurisdiction for rule in self.rules)


@lru_cache(maxsize=1)
def load_rules() -> RuleBook:
    """Load and validate the packaged rules file (cached: the file is immutable package data)."""
    text = resources.files("privacykit.domain.breach").joinpath("rules.json").read_text(encoding="utf-8")
    return RuleBook.model_validate(json.loads(text))
