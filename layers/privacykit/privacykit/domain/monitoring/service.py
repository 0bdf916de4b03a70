"""Monitoring: rules evaluated on the audit event stream, alerts raised once per dedup window, and the
desk where privacy officers and security admins list and acknowledge them (docs/monitoring.md).

* :class:`Monitor` takes a batch of audit events (the outbox stream), evaluates the tenant's rules and
  raises what fired; :class:`DueDateCheck`, on a schedule, checks open rights requests' due dates.
* :class:`AlertRaiser` records an alert with its dedup claim and its audit event in one transaction,
  then publishes it. A claim still in force suppresses the firing; an alert that was recorded but whose
  publication failed is published by the next firing of the same key (a redelivered batch).
* :class:`AlertDesk` lists a tenant's alerts and acknowledges one (audited).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from privacykit.domain.common.principal import Principal
from privacykit.domain.monitoring.evaluator import RuleEvaluator, Tally
from privacykit.domain.monitoring.model import Alert, AlertStatus, Firing, dedup_key, new_alert_id
from privacykit.domain.monitoring.ports import AlertPage, AlertPublisher, AlertStore, OpenRequests
from privacykit.domain.monitoring.rules import RuleSet
from privacykit.errors import Conflict, NotFound
from privacykit.ports import AuditRecord, AuditSink, Clock, Pseudonymizer, utc_now

__all__ = ["ALERT_READERS", "ALERT_RESPONDERS", "MonitorReport", "AlertRaiser", "Monitor", "DueDateCheck", "AlertDesk"]

#: Who reads alerts: the privacy officer, the compliance auditor (read only) and the security admin.
ALERT_READERS = ("privacy_officer", "compliance_auditor", "security_admin")
#: Who acknowledges them: the people who respond; an auditor observes and does not change state.
ALERT_RESPONDERS = ("privacy_officer", "security_admin")
MONITOR_ACTOR = "monitor"


@dataclass
class MonitorReport:
    events: int = 0
    firings: int = 0
    raised: list[Alert] = field(default_factory=list)
    suppressed: int = 0
    unreadable: int = 0
    tally: Tally = field(default_factory=Counter)

    def count_raised(self, alert: Alert) -> None:
        self.raised.append(alert)
        self.tally[(alert.tenant, "AlertsRaised", "rule", alert.rule_id)] += 1


class AlertRaiser:
    def __init__(
        self,
        store: AlertStore,
        publisher: AlertPublisher,
        audit: AuditSink,
        clock: Clock = utc_now,
        new_id: Callable[[datetime], str] = new_alert_id,
    ) -> None:
        self._store = store
        self._publisher = publisher
        self._audit = audit
        self._clock = clock
        self._new_id = new_id

    def raise_alert(self, firing: Firing) -> Alert | None:
        """The alert raised for ``firing``, or None when an alert of the same key is still in force."""
        now = self._clock()
        alert = Alert.of(firing, self._new_id(now), now)
        claim_until = now + timedelta(minutes=firing.dedup_minutes)
        try:
            self._audit.record(
                firing.tenant,
                AuditRecord(
                    "monitoring.alert_raised",
                    "success",
                    actor=MONITOR_ACTOR,
                    details={"alert_id": alert.alert_id, "rule_id": alert.rule_id, "severity": alert.severity},
                ),
                changes=self._store.stage_raise(alert, claim_until, now),
            )
        except Conflict:
            self._publish_unsent(firing)
            return None
        self._notify(alert)
        return alert

    def _publish_unsent(self, firing: Firing) -> None:
        holder = self._store.claimed_by(firing.tenant, firing.dedup_key)
        existing = self._store.get(firing.tenant, holder) if holder else None
        if existing is not None and not existing.notified:
            self._notify(existing)

    def _notify(self, alert: Alert) -> None:
        # Published after the commit: a failure here leaves the alert recorded and unsent, and the
        # stream's retry of the batch publishes it (see _publish_unsent).
        self._publisher.publish(alert)
        self._store.mark_notified(alert.tenant, alert.alert_id)


def _raise_all(raiser: AlertRaiser, firings: list[Firing], report: MonitorReport) -> None:
    report.firings += len(firings)
    for firing in firings:
        alert = raiser.raise_alert(firing)
        if alert is None:
            report.suppressed += 1
        else:
            report.count_raised(alert)


class Monitor:
    """The stream's consumer: a batch of audit events in, alerts out."""

    def __init__(self, evaluator: RuleEvaluator, raiser: AlertRaiser) -> None:
        self._evaluator = evaluator
        self._raiser = raiser

    def process(self, events: Sequence[dict[str, Any]]) -> MonitorReport:
        """Evaluate a batch of audit events and raise what fired (each firing deduplicated)."""
        evaluation = self._evaluator.evaluate(events)
        report = MonitorReport(events=len(events), unreadable=evaluation.unreadable, tally=evaluation.tally)
        _raise_all(self._raiser, evaluation.firings, report)
        return report


class DueDateCheck:
    """The schedule's check: open DSAR and erasure requests within the rule's warning period of their
    due date, or past it. A request stays alerted once per dedup window (a day by default) until closed."""

    def __init__(
        self, raiser: AlertRaiser, rules: Callable[[str], RuleSet], requests: OpenRequests, clock: Clock = utc_now
    ) -> None:
        self._raiser = raiser
        self._rules = rules
        self._requests = requests
        self._clock = clock

    def run(self) -> MonitorReport:
        report = MonitorReport()
        now = self._clock()
        firings: list[Firing] = []
        for tenant in self._requests.tenants():
            rule = next((r for r in self._rules(tenant).active if r.kind == "due_date"), None)
            if rule is None:
                continue
            assert rule.warn_before_days is not None and rule.erasure_due_days is not None
            for request in self._requests.open_requests(tenant):
                report.events += 1
                due = request.due_at or request.received_at + timedelta(days=rule.erasure_due_days)
                if now < due - timedelta(days=rule.warn_before_days):
                    continue
                stage = "overdue" if now > due else "due_soon"
                parts = {"kind": request.kind, "request_id": request.request_id, "stage": stage}
                firings.append(
                    Firing(
                        tenant, rule.id, rule.title, rule.severity, now, dedup_key(rule.id, parts),
                        rule.dedup_minutes, None,
                        {**parts, "due_at": due.isoformat(), "days_left": (due - now).days},
                    )
                )  # fmt: skip
        _raise_all(self._raiser, firings, report)
        return report


class AlertDesk:
    def __init__(self, store: AlertStore, audit: AuditSink, pseudonyms: Pseudonymizer, clock: Clock = utc_now) -> None:
        self._store = store
        self._audit = audit
        self._pseudonyms = pseudonyms
        self._clock = clock

    def list(
        self,
        principal: Principal,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        rule_id: str | None = None,
        status: AlertStatus | None = None,
        severity: str | None = None,
        limit: int = 50,
        cursor: str | None = None,
    ) -> AlertPage:
        principal.require_role(ALERT_READERS)
        return self._store.page(
            principal.tenant, since=since, until=until, rule_id=rule_id, status=status, severity=severity,
            limit=limit, cursor=cursor,
        )  # fmt: skip

    def acknowledge(self, principal: Principal, alert_id: str) -> Alert:
        principal.require_role(ALERT_RESPONDERS)
        alert = self._store.get(principal.tenant, alert_id)
        if alert is None:
            raise NotFound("no such alert")
        if alert.status != "open":
            raise Conflict("the alert is acknowledged already")
        now = self._clock()
        by = self._pseudonyms.pseudonym(principal.tenant, principal.user_id)
        self._audit.record(
            principal.tenant,
            AuditRecord(
                "monitoring.alert_acknowledged",
                "success",
                actor=principal.user_id,
                actor_roles=tuple(sorted(principal.roles)),
                details={"alert_id": alert_id, "rule_id": alert.rule_id},
            ),
            at=now,
            changes=[self._store.stage_acknowledge(principal.tenant, alert_id, by, now)],
        )
        return replace(alert, status="acknowledged", acknowledged_at=now, acknowledged_by=by)
