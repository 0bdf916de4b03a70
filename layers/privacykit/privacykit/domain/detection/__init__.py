"""PII/PHI detection: pure domain code (no AWS, no HTTP).

``detect(text)`` returns non-overlapping :class:`Entity` findings with character offsets (end exclusive),
``classify_level`` turns findings into a :class:`~privacykit.domain.common.entity_types.Level`, ``mask`` replaces them.
Large inputs go through ``detect_large`` (one string) or ``detect_stream`` (an iterable of pieces).
"""

from __future__ import annotations

from privacykit.domain.common.entity_types import Entity
from privacykit.domain.detection.engine import detect, detect_large, detect_stream
from privacykit.domain.detection.levels import DEFAULT_POLICY, LevelPolicy, classify_level
from privacykit.domain.detection.masking import MaskStyle, mask, mask_value

__all__ = [
    "Entity",
    "detect",
    "detect_large",
    "detect_stream",
    "classify_level",
    "LevelPolicy",
    "DEFAULT_POLICY",
    "mask",
    "mask_value",
    "MaskStyle",
]
