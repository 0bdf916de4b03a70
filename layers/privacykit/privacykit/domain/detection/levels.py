"""From findings to a classification level (docs/design.md section 10), with a configurable policy."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Protocol

from privacykit.domain.common.entity_types import Entity, EntityType, Level, default_levels

__all__ = ["LevelPolicy", "DEFAULT_POLICY", "classify_level"]


class _Scored(Protocol):
    """What the level reads of a finding: an :class:`Entity` or the engine's plain ``Finding`` tuple."""

    @property
    def type(self) -> EntityType: ...

    @property
    def score(self) -> float: ...


@dataclass(frozen=True)
class LevelPolicy:
    """Which level each entity type raises a document to, and the level of a document with no findings.

    ``baseline`` applies when nothing is found and the caller did not declare the content public;
    ``min_score`` ignores findings the engine is less sure of.
    """

    levels: Mapping[EntityType, Level] = field(default_factory=default_levels)
    baseline: Level = Level.INTERNAL
    min_score: float = 0.0

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> LevelPolicy:
        """Build from ``{"levels": {"EMAIL": "RESTRICTED", ...}, "baseline": "INTERNAL", "min_score": 0.5}``.

        Types not named keep their default level; unknown names raise ``ValueError``.
        """
        levels = default_levels()
        raw_levels = data.get("levels", {})
        if not isinstance(raw_levels, Mapping):
            raise ValueError("levels must be a mapping of entity type to level")
        for name, level in raw_levels.items():
            try:
                etype = EntityType(str(name).upper())
            except ValueError as exc:
                raise ValueError(f"unknown entity type {name!r}") from exc
            levels[etype] = level if isinstance(level, Level) else Level.parse(str(level))
        baseline = data.get("baseline", Level.INTERNAL)
        base = baseline if isinstance(baseline, Level) else Level.parse(str(baseline))
        min_score = data.get("min_score", 0.0)
        if not isinstance(min_score, (int, float)):
            raise ValueError("min_score must be a number")
        return cls(levels=levels, baseline=base, min_score=float(min_score))


DEFAULT_POLICY = LevelPolicy()


def classify_level(
    entities: Iterable[Entity] | Iterable[_Scored],
    declared_public: bool = False,
    policy: LevelPolicy | Mapping[str, object] | None = None,
) -> Level:
    """The level of a document from its findings.

    The highest level any finding maps to wins; with no findings the document is PUBLIC only when the
    caller declared it public, else the policy baseline (INTERNAL by default). A bare person name is
    INTERNAL under the default policy.
    """
    pol = policy if isinstance(policy, LevelPolicy) else LevelPolicy.from_dict(policy) if policy else DEFAULT_POLICY
    # The distinct types first, then their levels: a dense export has 150,000 findings of five types.
    # Every score at the threshold or above (the usual case): the types are collected in C, no Python per finding.
    items = entities if isinstance(entities, (list, tuple)) else list(entities)
    if items and min(map(_SCORE, items)) >= pol.min_score:
        types = set(map(_TYPE, items))
    else:
        types = {ent.type for ent in items if ent.score >= pol.min_score}
    if not types:
        return Level.PUBLIC if declared_public else pol.baseline
    return max(Level.INTERNAL, *(pol.levels.get(t, Level.INTERNAL) for t in types))


_TYPE = attrgetter("type")
_SCORE = attrgetter("score")
