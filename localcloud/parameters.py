"""Template parameters for the local cloud, set as the SAM CLI sets them for ``sam local start-api``.

Precedence, lowest first: the template's ``Default``; ``parameter_overrides`` in ``samconfig.toml`` under
``[<env>.global.parameters]``, then under ``[<env>.local_start_api.parameters]``; then
``--parameter-overrides`` on the command line (``make run PARAMETER_OVERRIDES=...``). Values are checked
against the template's constraints, as CloudFormation does on deploy, so a typo fails at start, naming
the parameter, instead of turning into a wrong environment variable.

Both SAM spellings are read: ``Key=Value`` pairs separated by spaces (quote a value that holds spaces, as
in a shell), or ``ParameterKey=Key,ParameterValue=Value``; in ``samconfig.toml`` the value may also be a
list of ``Key=Value`` strings, which needs no quoting of JSON.
"""

from __future__ import annotations

import re
import shlex
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

__all__ = ["ParameterError", "parse_overrides", "samconfig_overrides", "resolve_parameters"]

#: The samconfig.toml sections ``sam local start-api`` reads, least specific first.
_SAMCONFIG_COMMANDS = ("global", "local_start_api")
_LONG_FORM = re.compile(r"^ParameterKey=(?P<key>[^,]+),ParameterValue=(?P<value>.*)$", re.DOTALL)


class ParameterError(ValueError):
    """An override names no parameter of the template, or breaks its constraints."""


def _pair(token: str) -> tuple[str, str]:
    long_form = _LONG_FORM.match(token)
    if long_form:
        return long_form["key"], long_form["value"]
    key, sep, value = token.partition("=")
    if not sep or not key:
        raise ParameterError(f"parameter override {token.split('=')[0][:40]!r} is not Key=Value")
    return key, value


def parse_overrides(overrides: str | Iterable[str]) -> dict[str, str]:
    """``"A=1 B='two words'"`` (shell quoting) or a list of ``"Key=Value"`` strings, as SAM takes them."""
    tokens = shlex.split(overrides) if isinstance(overrides, str) else list(overrides)
    return dict(_pair(token) for token in tokens)


def samconfig_overrides(path: Path, environment: str = "default") -> dict[str, str]:
    """The overrides ``sam local start-api`` would take from ``path`` (none when there is no file)."""
    if not path.exists():
        return {}
    try:
        config = tomllib.loads(path.read_text())
    except tomllib.TOMLDecodeError as exc:
        raise ParameterError(f"{path.name} is not valid TOML: {exc}") from None
    merged: dict[str, str] = {}
    for command in _SAMCONFIG_COMMANDS:
        section = ((config.get(environment) or {}).get(command) or {}).get("parameters") or {}
        if "parameter_overrides" in section:
            merged.update(parse_overrides(section["parameter_overrides"]))
    return merged


def _check(name: str, value: str, spec: dict[str, Any]) -> None:
    kind = spec.get("Type", "String")
    if kind == "Number":
        try:
            number = float(value)
        except ValueError:
            raise ParameterError(f"parameter {name} must be a number") from None
        if "MinValue" in spec and number < float(spec["MinValue"]):
            raise ParameterError(f"parameter {name} must be at least {spec['MinValue']}")
        if "MaxValue" in spec and number > float(spec["MaxValue"]):
            raise ParameterError(f"parameter {name} must be at most {spec['MaxValue']}")
    allowed = spec.get("AllowedValues")
    if allowed and value not in [str(a) for a in allowed]:
        raise ParameterError(f"parameter {name} must be one of {', '.join(map(str, allowed))}")
    pattern = spec.get("AllowedPattern")
    if pattern and not re.fullmatch(pattern, value):
        raise ParameterError(f"parameter {name} does not match its AllowedPattern {pattern}")


def resolve_parameters(template: dict[str, Any], *layers: dict[str, str]) -> dict[str, str]:
    """The overrides of ``layers`` (later ones win), checked against the template's ``Parameters``."""
    declared: dict[str, dict[str, Any]] = template.get("Parameters") or {}
    chosen: dict[str, str] = {}
    for layer in layers:
        chosen.update(layer)
    for name, value in chosen.items():
        if name not in declared:
            raise ParameterError(f"template.yaml has no parameter {name[:60]!r} (it has {', '.join(sorted(declared))})")
        _check(name, value, declared[name])
    return chosen
