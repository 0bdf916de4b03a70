"""Continuous monitoring of the audit event stream: rules as data (``rules.json`` and each tenant's
overrides), the evaluator, alerts with deduplication and acknowledgement (docs/monitoring.md)."""

from privacykit.domain.monitoring.evaluator import Evaluation, RuleEvaluator
from privacykit.domain.monitoring.model import Alert, Firing
from privacykit.domain.monitoring.rules import RuleSet, load_default_rules, rules_for_tenant
from privacykit.domain.monitoring.service import AlertDesk, AlertRaiser, DueDateCheck, Monitor

__all__ = [
    "Alert",
    "AlertDesk",
    "DueDateCheck",
    "AlertRaiser",
    "Evaluation",
    "Firing",
    "Monitor",
    "RuleEvaluator",
    "RuleSet",
    "load_default_rules",
    "rules_for_tenant",
]
