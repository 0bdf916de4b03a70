"""The local cloud's DynamoDB stream event source: Lambda's filter patterns in the subset the template
uses (nested keys, literal lists, prefixes), and anything else refused rather than silently passed."""

from __future__ import annotations

import json

import pytest

from localcloud.events import matches_pattern
from localcloud.template import load_template

OUTBOX_FILTER = json.loads(
    load_template()["Resources"]["MonitoringStreamFunction"]["Properties"]["Events"]["AuditEvents"]["Properties"][
        "FilterCriteria"
    ]["Filters"][0]["Pattern"]
)


def record(name: str, key: str) -> dict[str, object]:
    return {"eventName": name, "dynamodb": {"Keys": {"tenant": {"S": "acme"}, "key": {"S": key}}}}


@pytest.mark.parametrize(
    ("name", "key", "passes"),
    [
        ("INSERT", "p#2026-11-25T12:00:00+00:00#e1", True),
        ("INSERT", "s#000000000001", False),  # the sealer's sequenced copy
        ("REMOVE", "p#2026-11-25T12:00:00+00:00#e1", False),  # the sealer removing the pending event
        ("MODIFY", "p#x", False),
    ],
)
def test_the_outbox_filter_passes_only_pending_inserts(name: str, key: str, passes: bool) -> None:
    assert matches_pattern(OUTBOX_FILTER, record(name, key)) is passes


def test_a_missing_field_does_not_match() -> None:
    assert not matches_pattern(OUTBOX_FILTER, {"eventName": "INSERT"})


def test_an_operator_the_local_cloud_does_not_know_is_refused() -> None:
    with pytest.raises(ValueError, match="prefix"):
        matches_pattern({"eventName": [{"anything-but": ["REMOVE"]}]}, {"eventName": "INSERT"})
