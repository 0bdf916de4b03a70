"""Rules are data: the defaults validate, a tenant's file overrides them by id, and a bad file fails
at load saying where, never silently disabling a rule."""

from __future__ import annotations

import json
from datetime import time

import pytest

from privacykit.domain.monitoring.rules import RulesInvalid, load_default_rules, parse_rule_set, rules_for_tenant


def test_the_defaults_cover_every_rule_the_issue_names() -> None:
    rules = load_default_rules()
    assert {r.id for r in rules.active} == {
        "restricted_reads",
        "repeated_denials",
        "off_hours_access",
        "break_glass",
        "breach_deadline",
        "audit_verification_failed",
        "rights_request_due",
    }


def test_a_tenant_overrides_a_threshold_and_its_working_hours() -> None:
    tenant = {
        "working_hours": {"timezone": "Europe/Paris", "days": [1, 2, 3, 4, 5, 6], "start": "06:00", "end": "22:00"},
        "overrides": {
            "restricted_reads": {"threshold": 5, "window_minutes": 2},
            "off_hours_access": {"enabled": False},
        },
    }
    merged = rules_for_tenant(load_default_rules(), json.dumps(tenant), "acme.json")
    reads = merged.rule("restricted_reads")
    assert reads is not None and (reads.threshold, reads.window_minutes) == (5, 2)
    assert "off_hours_access" not in {r.id for r in merged.active}
    assert merged.working_hours.timezone == "Europe/Paris" and merged.working_hours.start == time(6)


def test_a_tenant_adds_a_rule_of_its_own() -> None:
    own = {
        "id": "consent_withdrawals",
        "title": "Consent withdrawn",
        "kind": "every",
        "severity": "low",
        "match": {"types": ["consent.withdrawn"]},
    }
    merged = rules_for_tenant(load_default_rules(), json.dumps({"rules": [own]}), "acme.json")
    assert merged.rule("consent_withdrawals") is not None


@pytest.mark.parametrize(
    ("tenant", "says"),
    [
        ({"overrides": {"no_such_rule": {"threshold": 3}}}, "no_such_rule"),
        ({"overrides": {"restricted_reads": {"treshold": 3}}}, "treshold"),
        ({"overrides": {"break_glass": {"threshold": 3}}}, "only a threshold rule"),
        ({"working_hours": {"timezone": "Mars/Olympus"}}, "IANA"),
        ({"working_hours": {"start": "20:00", "end": "08:00"}}, "end must be after start"),
        ({"working_hours": {"days": [0]}}, "ISO weekdays"),
        ({"rules": [{"id": "break_glass", "title": "x", "kind": "every", "severity": "low",
                     "match": {"types": ["x"]}}]}, "unique"),
    ],
)  # fmt: skip
def test_a_bad_tenant_file_fails_at_load_naming_the_problem(tenant: dict[str, object], says: str) -> None:
    with pytest.raises(RulesInvalid, match=says) as caught:
        rules_for_tenant(load_default_rules(), json.dumps(tenant), "acme.json")
    assert "acme.json" in str(caught.value)


def test_a_threshold_rule_without_its_window_is_refused() -> None:
    bad = {"rules": [{"id": "x_rule", "title": "x", "kind": "threshold", "severity": "low", "threshold": 3,
                      "match": {"types": ["access.decision"]}}]}  # fmt: skip
    with pytest.raises(RulesInvalid, match="threshold and window_minutes"):
        parse_rule_set(json.dumps(bad), "rules.json")


def test_a_file_that_is_not_json_is_refused_without_quoting_it() -> None:
    with pytest.raises(RulesInvalid, match="not valid JSON") as caught:
        rules_for_tenant(load_default_rules(), "{secret-value", "acme.json")
    assert "secret-value" not in str(caught.value)


def test_the_tenant_files_shipped_with_the_function_validate() -> None:
    from localcloud.template import ROOT
    from privacykit.roots.monitoring import rules_lookup, tenant_rules

    directory = ROOT / "functions" / "monitoring" / "tenant_rules"
    loaded = tenant_rules(directory)
    assert set(loaded) == {path.stem for path in directory.glob("*.json")} and loaded
    lookup = rules_lookup(directory)
    assert lookup("example-clinic").working_hours.timezone == "Europe/Paris"
    assert lookup("a-tenant-without-a-file") == load_default_rules()
