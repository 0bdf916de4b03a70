"""The monitoring capability's composition root: the stream monitor (rules, windows, alerts, channels),
the due-date check and the alert desk (docs/monitoring.md)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from privacykit.adapters.alert_channels import AlertChannels
from privacykit.adapters.alerts import AlertTable
from privacykit.adapters.aws import client
from privacykit.adapters.monitor_windows import MonitorWindowTable
from privacykit.adapters.open_requests import OpenRightsRequests
from privacykit.config import get_settings
from privacykit.domain.monitoring import AlertDesk, AlertRaiser, DueDateCheck, Monitor, RuleEvaluator, RuleSet
from privacykit.domain.monitoring.rules import load_default_rules, rules_for_tenant
from privacykit.roots.providers import provider
from privacykit.roots.shared import audit_writer, clock, keyring

__all__ = ["tenant_rules", "rules_lookup", "alert_table", "monitor", "due_date_check", "alert_desk"]


def tenant_rules(directory: Path | None) -> dict[str, RuleSet]:
    """Each tenant's rules: the defaults with ``<directory>/<tenant>.json`` applied, validated at load."""
    defaults = load_default_rules()
    if directory is None or not directory.is_dir():
        return {}
    return {
        path.stem: rules_for_tenant(defaults, path.read_text(), path.name) for path in sorted(directory.glob("*.json"))
    }


def rules_lookup(directory: Path | None) -> Callable[[str], RuleSet]:
    defaults = load_default_rules()
    per_tenant = tenant_rules(directory)
    return lambda tenant: per_tenant.get(tenant, defaults)


@provider
def alert_table() -> AlertTable:
    return AlertTable(client("dynamodb"), get_settings().require("alert_table"))


def _raiser() -> AlertRaiser:
    settings = get_settings()
    channels = AlertChannels(
        client("sns"),
        settings.require("monitoring_alert_topic"),
        client("events"),
        settings.require("subject_events_bus"),
    )
    return AlertRaiser(alert_table(), channels, audit_writer(), clock())


@provider
def monitor(tenant_rules_dir: Path | None = None) -> Monitor:
    """The stream monitor: evaluates batches of audit events and raises alerts."""
    windows = MonitorWindowTable(client("dynamodb"), get_settings().require("monitor_window_table"))
    return Monitor(RuleEvaluator(rules_lookup(tenant_rules_dir), windows), _raiser())


@provider
def due_date_check(tenant_rules_dir: Path | None = None) -> DueDateCheck:
    """The schedule's check of open rights requests against their due dates."""
    settings = get_settings()
    requests = OpenRightsRequests(
        client("dynamodb"),
        settings.require("audit_chain_table"),
        settings.require("access_request_table"),
        settings.require("erasure_request_table"),
    )
    return DueDateCheck(_raiser(), rules_lookup(tenant_rules_dir), requests, clock())


@provider
def alert_desk() -> AlertDesk:
    return AlertDesk(alert_table(), audit_writer(), keyring(), clock())
