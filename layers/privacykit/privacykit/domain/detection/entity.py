"""The value object every detector returns (declared with the entity types in ``domain/common``, so that
records and access can hold findings without loading the detector)."""

from __future__ import annotations

from privacykit.domain.common.entity_types import Entity

__all__ = ["Entity"]
