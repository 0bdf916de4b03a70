"""Rules evaluated on a batch of audit events, as the outbox stream delivers them.

Events are the audit writer's drafts (``event_id, tenant, type, outcome, at, actor, actor_roles,
subject, details``): pseudonyms and ids only. Per-principal windows are counted in a
:class:`~privacykit.domain.monitoring.ports.WindowStore` (one entry per event, so a redelivered batch
counts nothing twice); everything else is decided from the event alone.

Events of the monitor itself (``monitoring.*``) are never matched: an alert raised or acknowledged is
audited, and a rule on those events would feed on its own output.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from privacykit.domain.monitoring.model import DetailValue, Firing, dedup_key
from privacykit.domain.monitoring.ports import WindowHit, WindowStore
from privacykit.domain.monitoring.rules import EVENT_FIELDS, Rule, RuleSet, WorkingHours

__all__ = ["Evaluation", "RuleEvaluator", "Tally", "within_working_hours", "OWN_EVENTS"]

#: (tenant, metric, dimension, value) -> count: the per-tenant metrics of the events seen.
Tally = Counter[tuple[str, str, str, str]]
OWN_EVENTS = "monitoring."
_DECISION_TYPES = ("access.decision", "access.break_glass")
_REQUEST_PREFIXES = ("dsar.", "erasure.")
#: How many event ids an alert names (the trail query finds the rest by actor and time).
_MAX_EVENT_IDS = 20


def within_working_hours(hours: WorkingHours, at: datetime) -> bool:
    local = at.astimezone(hours.zone)
    return local.isoweekday() in hours.days and hours.start <= local.time().replace(tzinfo=None) < hours.end


@dataclass
class Evaluation:
    firings: list[Firing] = field(default_factory=list)
    tally: Tally = field(default_factory=Counter)
    #: Events that could not be read as audit events (counted, skipped).
    unreadable: int = 0


def _field(event: dict[str, Any], name: str) -> Any:
    return event.get(name) if name in EVENT_FIELDS else (event.get("details") or {}).get(name)


def _carried(rule: Rule, event: dict[str, Any]) -> dict[str, DetailValue]:
    carried: dict[str, DetailValue] = {}
    for name in rule.carry:
        value = _field(event, name)
        if value is not None:
            carried[name] = value
    return carried


def _at(event: dict[str, Any]) -> datetime:
    moment = datetime.fromisoformat(str(event["at"]))
    if moment.tzinfo is None:
        raise ValueError("event time without an offset")
    return moment.astimezone(UTC)


class RuleEvaluator:
    """Turns a batch of events into firings (before deduplication) and per-tenant tallies."""

    def __init__(self, rules: Callable[[str], RuleSet], windows: WindowStore) -> None:
        self._rules = rules
        self._windows = windows

    def evaluate(self, events: Sequence[dict[str, Any]]) -> Evaluation:
        result = Evaluation()
        by_tenant: dict[str, list[tuple[datetime, dict[str, Any]]]] = defaultdict(list)
        for event in events:
            try:
                tenant, at = str(event["tenant"]), _at(event)
                if not isinstance(event["type"], str) or not isinstance(event["event_id"], str):
                    raise TypeError("type and event_id are strings")
            except (KeyError, TypeError, ValueError):
                result.unreadable += 1
                continue
            by_tenant[tenant].append((at, event))
        for tenant, timed in by_tenant.items():
            self._tenant(tenant, sorted(timed, key=lambda pair: pair[0]), result)
        return result

    def _tenant(self, tenant: str, timed: list[tuple[datetime, dict[str, Any]]], result: Evaluation) -> None:
        rules = self._rules(tenant)
        hits: dict[tuple[str, str], list[tuple[datetime, str]]] = defaultdict(list)
        for at, event in timed:
            kind = str(event["type"])
            self._count(tenant, kind, event, result.tally)
            if kind.startswith(OWN_EVENTS):
                continue
            actor = event.get("actor")
            human = bool(actor) and bool(event.get("actor_roles"))
            for rule in rules.active:
                if rule.match is None or not rule.match.matches(event):
                    continue
                if rule.per_principal and not human:
                    continue
                if rule.kind == "threshold":
                    hits[(rule.id, str(actor))].append((at, str(event["event_id"])))
                elif rule.kind == "off_hours" and not within_working_hours(rules.working_hours, at):
                    local = at.astimezone(rules.working_hours.zone)
                    details: dict[str, DetailValue] = {
                        "local_time": local.strftime("%H:%M"),
                        "weekday": local.isoweekday(),
                        "timezone": rules.working_hours.timezone,
                        **_carried(rule, event),
                    }
                    result.firings.append(self._firing(tenant, rule, at, {"actor": actor}, actor, details, event))
                elif rule.kind == "every":
                    parts = {name: _field(event, name) for name in rule.dedup_by} or {"event_id": event["event_id"]}
                    result.firings.append(
                        self._firing(tenant, rule, at, parts, actor if rule.per_principal else None,
                                     _carried(rule, event), event)
                    )  # fmt: skip
        if hits:
            result.firings.extend(self._thresholds(tenant, rules, hits))

    def _thresholds(
        self, tenant: str, rules: RuleSet, hits: dict[tuple[str, str], list[tuple[datetime, str]]]
    ) -> list[Firing]:
        entries: list[WindowHit] = []
        for (rule_id, actor), seen in hits.items():
            rule = rules.rule(rule_id)
            assert rule is not None and rule.window_minutes is not None
            window = timedelta(minutes=rule.window_minutes)
            entries.extend(WindowHit(f"{rule_id}#{actor}", at, event_id, at + window) for at, event_id in seen)
        self._windows.add(tenant, entries)
        firings: list[Firing] = []
        for (rule_id, actor), seen in hits.items():
            rule = rules.rule(rule_id)
            assert rule is not None and rule.window_minutes is not None and rule.threshold is not None
            latest = seen[-1][0]
            since = latest - timedelta(minutes=rule.window_minutes)
            count = self._windows.count(tenant, f"{rule_id}#{actor}", since, latest)
            if count < rule.threshold:
                continue
            details: dict[str, DetailValue] = {
                "count": count,
                "threshold": rule.threshold,
                "window_minutes": rule.window_minutes,
            }
            ids = tuple(event_id for _, event_id in seen[-_MAX_EVENT_IDS:])
            firings.append(
                Firing(tenant, rule.id, rule.title, rule.severity, latest,
                       dedup_key(rule.id, {"actor": actor}), rule.dedup_minutes, actor, details, ids)
            )  # fmt: skip
        return firings

    @staticmethod
    def _firing(
        tenant: str,
        rule: Rule,
        at: datetime,
        parts: dict[str, Any],
        actor: str | None,
        details: dict[str, DetailValue],
        event: dict[str, Any],
    ) -> Firing:
        return Firing(
            tenant, rule.id, rule.title, rule.severity, at, dedup_key(rule.id, parts), rule.dedup_minutes,
            actor, details, (str(event["event_id"]),),
        )  # fmt: skip

    @staticmethod
    def _count(tenant: str, kind: str, event: dict[str, Any], tally: Tally) -> None:
        if kind in _DECISION_TYPES:
            decision = str((event.get("details") or {}).get("decision") or event.get("outcome") or "unknown")
            tally[(tenant, "AccessDecisions", "outcome", decision)] += 1
        elif kind.startswith(_REQUEST_PREFIXES):
            tally[(tenant, "RightsRequests", "status", kind)] += 1
