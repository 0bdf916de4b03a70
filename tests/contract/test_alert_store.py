"""AlertStore and WindowStore contracts (domain/monitoring/ports.py), on the fakes and on AlertTable and
MonitorWindowTable (moto): a dedup claim holds until it expires, acknowledgement happens once, pages are
newest first with a cursor and filters; a window counts each event once, in ``since < at <= until``."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from fakes import InMemoryAlertStore, InMemoryWindows, apply
from privacykit.adapters.alerts import AlertTable
from privacykit.adapters.aws import apply_staged, client
from privacykit.adapters.monitor_windows import MonitorWindowTable
from privacykit.domain.monitoring.model import Alert, new_alert_id
from privacykit.domain.monitoring.ports import AlertStore, WindowHit, WindowStore
from privacykit.errors import Conflict, ValidationFailed
from privacykit.ports import StagedWrite

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture
def alerts(backend: str) -> AlertStore:
    return InMemoryAlertStore() if backend == "fake" else AlertTable(client("dynamodb"), os.environ["ALERT_TABLE"])


@pytest.fixture
def windows(backend: str) -> WindowStore:
    if backend == "fake":
        return InMemoryWindows()
    return MonitorWindowTable(client("dynamodb"), os.environ["MONITOR_WINDOW_TABLE"])


def commit(store: AlertStore, *writes: StagedWrite) -> None:
    if isinstance(store, InMemoryAlertStore):
        apply(*writes)
    else:
        apply_staged(client("dynamodb"), "test", *writes)


def alert(at: datetime, *, key: str = "break_glass#k1", rule: str = "break_glass", tenant: str = "acme") -> Alert:
    return Alert(
        tenant, new_alert_id(at), rule, "Break-glass access used", "high", at, key, "ps_a",
        {"record_id": "rec_1", "count": 3}, ("e1",),
    )  # fmt: skip


def test_an_alert_round_trips(alerts: AlertStore) -> None:
    raised = alert(NOW)
    commit(alerts, *alerts.stage_raise(raised, NOW + timedelta(minutes=5), NOW))
    assert alerts.get("acme", raised.alert_id) == raised
    assert alerts.claimed_by("acme", raised.dedup_key) == raised.alert_id
    assert alerts.get("globex", raised.alert_id) is None


def test_a_claim_holds_until_it_expires(alerts: AlertStore) -> None:
    first = alert(NOW)
    commit(alerts, *alerts.stage_raise(first, NOW + timedelta(minutes=5), NOW))
    later = NOW + timedelta(minutes=4)
    with pytest.raises(Conflict):
        commit(alerts, *alerts.stage_raise(alert(later), later + timedelta(minutes=5), later))
    assert alerts.get("acme", first.alert_id) is not None
    after = NOW + timedelta(minutes=6)
    second = alert(after)
    commit(alerts, *alerts.stage_raise(second, after + timedelta(minutes=5), after))
    assert alerts.claimed_by("acme", first.dedup_key) == second.alert_id


def test_an_alert_is_acknowledged_once_and_notified_is_kept(alerts: AlertStore) -> None:
    raised = alert(NOW)
    commit(alerts, *alerts.stage_raise(raised, NOW, NOW))
    alerts.mark_notified("acme", raised.alert_id)
    commit(alerts, alerts.stage_acknowledge("acme", raised.alert_id, "ps_officer", NOW))
    stored = alerts.get("acme", raised.alert_id)
    assert stored is not None
    assert (stored.status, stored.acknowledged_by, stored.acknowledged_at, stored.notified) == (
        "acknowledged", "ps_officer", NOW, True,
    )  # fmt: skip
    with pytest.raises(Conflict):
        commit(alerts, alerts.stage_acknowledge("acme", raised.alert_id, "ps_officer", NOW))


def test_pages_go_newest_first_with_a_cursor_and_filters(alerts: AlertStore) -> None:
    made = []
    for n in range(5):
        at = NOW + timedelta(seconds=n)
        one = alert(at, key=f"k{n}", rule="break_glass" if n % 2 else "repeated_denials")
        commit(alerts, *alerts.stage_raise(one, at, at))
        made.append(one.alert_id)
    commit(alerts, *alerts.stage_raise(alert(NOW, tenant="globex"), NOW, NOW))
    every: dict[str, Any] = {"since": None, "until": None, "rule_id": None, "status": None, "severity": None}
    first = alerts.page("acme", **every, limit=2, cursor=None)
    second = alerts.page("acme", **every, limit=2, cursor=first.cursor)
    third = alerts.page("acme", **every, limit=2, cursor=second.cursor)
    assert [a.alert_id for p in (first, second, third) for a in p.alerts] == made[::-1]
    assert third.cursor is None
    filtered = alerts.page(
        "acme", since=NOW + timedelta(seconds=1), until=NOW + timedelta(seconds=4), rule_id="break_glass",
        status="open", severity="high", limit=10, cursor=None,
    )  # fmt: skip
    assert [a.alert_id for a in filtered.alerts] == [made[3], made[1]]
    with pytest.raises(ValidationFailed):
        alerts.page("acme", **every, limit=2, cursor="x")


def test_a_window_counts_each_event_once_within_its_bounds(windows: WindowStore) -> None:
    def hit(seconds: int, event_id: str, counter: str = "rule#ps_a") -> WindowHit:
        at = NOW + timedelta(seconds=seconds)
        return WindowHit(counter, at, event_id, at + timedelta(minutes=10))

    windows.add("acme", [hit(0, "e0"), hit(30, "e1"), hit(60, "e2"), hit(60, "e3"), hit(30, "x", "rule#ps_b")])
    windows.add("acme", [hit(30, "e1")])  # redelivered
    assert windows.count("acme", "rule#ps_a", NOW - timedelta(seconds=1), NOW + timedelta(seconds=60)) == 4
    assert windows.count("acme", "rule#ps_a", NOW, NOW + timedelta(seconds=60)) == 3  # since is exclusive
    assert windows.count("acme", "rule#ps_a", NOW, NOW + timedelta(seconds=59)) == 1
    assert windows.count("globex", "rule#ps_a", NOW - timedelta(days=1), NOW + timedelta(days=1)) == 0


def test_time_bounds_are_exact_within_a_second(alerts: AlertStore) -> None:
    made = []
    for tenths in (1, 5, 9):
        at = NOW + timedelta(milliseconds=100 * tenths)
        one = alert(at, key=f"k{tenths}")
        commit(alerts, *alerts.stage_raise(one, at, at))
        made.append(one.alert_id)
    page = alerts.page(
        "acme", since=NOW + timedelta(milliseconds=300), until=NOW + timedelta(milliseconds=900), rule_id=None,
        status=None, severity=None, limit=10, cursor=None,
    )  # fmt: skip
    assert [a.alert_id for a in page.alerts] == [made[1]]
