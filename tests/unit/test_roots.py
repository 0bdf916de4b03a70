"""The composition roots: built once, overridable in tests, reset as a whole, and lazy per capability."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from privacy_helpers import ROOT
from privacykit import roots
from privacykit.domain.consent.model import GrantCommand
from privacykit.roots.providers import provider


def test_a_provider_builds_once_and_reset_builds_again() -> None:
    built: list[object] = []

    @provider
    def thing() -> object:
        built.append(object())
        return built[-1]

    assert thing() is thing()
    roots.reset()
    assert thing() is built[1]
    assert len(built) == 2


def test_an_override_wins_until_reset() -> None:
    @provider
    def clock() -> datetime:
        return datetime.now(UTC)

    fixed = datetime(2026, 1, 1, tzinfo=UTC)
    clock.override(fixed)
    assert clock() == fixed
    roots.reset()
    assert clock() != fixed


def test_overriding_the_shared_clock_reaches_the_services_built_after(
    stack: object,
) -> None:
    from privacykit.roots import consent, shared

    fixed = datetime(2030, 5, 6, 7, 8, 9, tzinfo=UTC)
    shared.clock.override(lambda: fixed)
    granted = consent.consent_service().grant("acme", "s-1", _grant(), actor="s-1", actor_roles=())
    assert granted.event.at == fixed
    assert granted.receipt.receipt["issued_at"] == fixed.isoformat()


def _grant() -> GrantCommand:
    return GrantCommand(purpose="marketing", lawful_basis="consent", notice_version="v1", channel="web")


HEAVY = ("cedarpy", "ahocorasick_rs", "privacykit.domain.detection", "privacykit.domain.breach.rules", "pypdf")


@pytest.mark.parametrize(
    ("module", "must_not_load"),
    [
        ("functions/consent/app.py", HEAVY),
        ("functions/audit/app.py", HEAVY),
        ("functions/audit/digests.py", HEAVY),
        ("functions/breach/app.py", HEAVY[:3]),
        ("functions/classify/app.py", ("cedarpy", "privacykit.domain.breach.rules")),
    ],
)
def test_a_handler_loads_only_what_its_capability_needs(module: str, must_not_load: tuple[str, ...]) -> None:
    code = (
        "import importlib.util, json, sys;"
        f"spec = importlib.util.spec_from_file_location('app', r'{ROOT / module}');"
        "m = importlib.util.module_from_spec(spec); sys.modules['app'] = m; spec.loader.exec_module(m);"
        f"print(json.dumps([name for name in {must_not_load!r} if name in sys.modules]))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == []
