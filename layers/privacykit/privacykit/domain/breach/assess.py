"""``assess``: apply the rules table to an incident and list every notification duty with its deadline."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from privacykit.domain.breach.deadlines import Period, compute_deadline, describe_period
from privacykit.domain.breach.models import Assessment, Incident, Obligation
from privacykit.domain.breach.rules import RISK_RANK, Rule, RuleBook, load_rules

__all__ = ["assess", "residence_jurisdiction", "residence_matches"]

#: Residence keys with a sub-national part whose national regime is one jurisdiction.
_NATIONAL_PREFIXES = ("EU-", "CA-")


def residence_jurisdiction(key: str) -> str:
    """The jurisdiction a residence key belongs to: ``EU-DE`` -> ``EU``, ``CA-ON`` -> ``CA``, ``US-TX`` -> ``US-TX``."""
    for prefix in _NATIONAL_PREFIXES:
        if key.startswith(prefix):
            return prefix[:-1]
    return key


def residence_matches(patterns: tuple[str, ...], key: str) -> bool:
    """Whether residence ``key`` is one a rule with these residence patterns covers (``*`` covers any)."""
    return any(_matches(p, key) for p in patterns)


def _matches(pattern: str, key: str) -> bool:
    if pattern.endswith("*"):
        return key.startswith(pattern[:-1])
    return key == pattern


def _matched(residence: tuple[str, ...], counts: dict[str, int]) -> dict[str, int]:
    """The residence keys (with a positive count) that one of the patterns matches."""
    return {key: n for key, n in counts.items() if n > 0 and any(_matches(p, key) for p in residence)}


class _Evaluator:
    """Evaluates the rules in file order so that chained rules find the deadline they count from."""

    def __init__(self, book: RuleBook, incident: Incident, now: datetime) -> None:
        self.book = book
        self.incident = incident
        self.now = now
        self.zone: ZoneInfo = incident.zone
        self.categories = frozenset(incident.data_categories)
        self.warnings: list[str] = []
        self.deadlines: dict[tuple[str, str | None], datetime | None] = {}
        self.obligations: list[Obligation] = []
        self.counts = dict(incident.affected_by_residence)
        # Many rules share a residence pattern (all nine state rules of CA share "US-CA"): match once.
        self._match_cache: dict[tuple[str, ...], dict[str, int]] = {}

    def _scopes(self, rule: Rule) -> list[tuple[str | None, int]]:
        """(subject_state, affected count) pairs the rule is evaluated for; empty when no residence matches."""
        if rule.residence == ("*",):
            return [(None, sum(self.counts.values()))]
        matched = self._match_cache.get(rule.residence)
        if matched is None:
            matched = self._match_cache[rule.residence] = _matched(rule.residence, self.counts)
        if not matched:
            return []
        if rule.per_state:
            return sorted(matched.items())
        return [(None, sum(matched.values()))]

    def _flags_hold(self, rule: Rule) -> bool:
        return all(bool(getattr(self.incident, flag)) for flag in rule.conditions.flags_all)

    def _conditions_hold(self, rule: Rule, count: int) -> bool:
        cond = rule.conditions
        if cond.definition is not None and not self.book.definitions[cond.definition].matches(self.categories):
            return False
        if cond.encryption_safe_harbor and self.incident.encrypted_key_not_compromised:
            return False
        risk_ok = RISK_RANK[self.incident.risk_level] >= RISK_RANK[cond.min_risk]
        if not risk_ok and not (cond.or_min_count is not None and count >= cond.or_min_count):
            return False
        if cond.min_count is not None and count < cond.min_count:
            return False
        return not (cond.max_count is not None and count > cond.max_count)

    def _period(self, rule: Rule) -> Period | None:
        if self.incident.small_processing_agent and rule.small_agent_period is not None:
            return rule.small_agent_period
        return rule.period

    def evaluate(self, rule: Rule) -> None:
        if self.incident.controller_role not in rule.roles:
            return
        scopes = self._scopes(rule)
        if not scopes:
            return
        if not self._flags_hold(rule):
            if rule.conditions.warn_if_flags_missing:
                self.warnings.append(rule.conditions.warn_if_flags_missing)
            return
        for state, count in scopes:
            if self._conditions_hold(rule, count):
                self._emit(rule, state, count)

    def _emit(self, rule: Rule, state: str | None, count: int) -> None:
        period = self._period(rule)
        trigger_at: datetime | None = None
        trigger_label: str | None = rule.trigger
        deadline: datetime | None = None
        qualifier = rule.qualifier
        if rule.trigger is not None:
            trigger_at = self.incident.timestamp(rule.trigger)
        elif rule.after_rule is not None:
            trigger_label = f"deadline of {rule.after_rule}"
            trigger_at = self.deadlines.get((rule.after_rule, state))
            if (rule.after_rule, state) not in self.deadlines:
                # The step this one follows does not apply, so neither does this one.
                return
        effective = rule.conditions.effective_from
        reference = trigger_at or self.now
        if effective is not None and reference.astimezone(self.zone).date() < effective:
            self.warnings.append(
                f"{rule.rule_id}: {rule.citation} applies from {effective.isoformat()}; "
                "not in force at the trigger time, no obligation listed"
            )
            return
        if period is not None:
            if trigger_at is None:
                qualifier = f"{rule.qualifier}; awaiting {trigger_label}"
            else:
                deadline = compute_deadline(trigger_at, period, self.zone)
        self.deadlines[(rule.rule_id, state)] = deadline
        self.obligations.append(
            Obligation(
                rule_id=rule.rule_id,
                jurisdiction=rule.jurisdiction,
                recipient=rule.recipient,
                recipient_name=rule.recipient_name,
                subject_state=state,
                deadline=deadline.isoformat() if deadline else None,
                qualifier=qualifier,
                period=describe_period(period) if period else None,
                trigger=trigger_label,
                trigger_at=trigger_at.astimezone(self.zone).isoformat() if trigger_at else None,
                affected=count,
                citation=rule.citation,
                source=rule.source,
                verified=rule.verified,
                notice_elements=rule.notice_elements,
            )
        )

    def role_warnings(self) -> None:
        """A processor-side role with residents of a jurisdiction that puts no duty on that role."""
        role = self.incident.controller_role
        if role not in ("processor", "business_associate"):
            return
        with_role = {rule.jurisdiction for rule in self.book.rules if role in rule.roles}
        affected = {residence_jurisdiction(k) for k, n in self.incident.affected_by_residence.items() if n > 0}
        for jurisdiction in sorted((affected & self.book.jurisdictions()) - with_role):
            self.warnings.append(
                f"{jurisdiction}: the rules table has no statutory duty for a {role}; the controller's clock "
                "may run from your notice to it (check the contract's notification term)"
            )

    def input_warnings(self) -> None:
        # Categories and residence keys are the taxonomy's words (the model refuses others), so a
        # warning may name them: it never repeats free text, and the idempotency store keeps answers.
        if not self.incident.data_categories:
            self.warnings.append("no data categories given: rules that depend on the kind of data did not apply")
        covered = self.book.jurisdictions()
        for key, count in self.incident.affected_by_residence.items():
            if residence_jurisdiction(key) not in covered and count > 0:
                self.warnings.append(
                    f"residence key {key} ({count} affected): the rules table has no rule for "
                    f"{residence_jurisdiction(key)}; only cross-border rules (HIPAA, SEC, NYDFS) considered them"
                )


def _sort_key(obligation: Obligation) -> tuple[int, str, str, str]:
    if obligation.deadline is None:
        return (1, "", obligation.rule_id, obligation.subject_state or "")
    utc = datetime.fromisoformat(obligation.deadline).astimezone(UTC).isoformat()
    return (0, utc, obligation.rule_id, obligation.subject_state or "")


def assess(incident: Incident, now: datetime | None = None, rules: RuleBook | None = None) -> Assessment:
    """Every notification duty the rules table finds for ``incident``, earliest deadline first.

    ``now`` (timezone-aware, default: the current time) stamps the assessment and decides whether a rule
    with an ``effective_from`` date applies when its trigger has not happened yet.
    """
    if now is None:
        now = datetime.now(UTC)
    elif now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    book = rules or load_rules()
    evaluator = _Evaluator(book, incident, now)
    evaluator.input_warnings()
    for rule in book.rules:
        evaluator.evaluate(rule)
    evaluator.role_warnings()
    obligations: Iterable[Obligation] = sorted(evaluator.obligations, key=_sort_key)
    return Assessment(
        assessed_at=now.astimezone(incident.zone).isoformat(),
        rules_version=book.version,
        obligations=tuple(obligations),
        warnings=tuple(dict.fromkeys(evaluator.warnings)),
    )
