"""Masking of findings: full redaction, partial (keep a hint), or a keyed token that joins without revealing."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from privacykit.domain.common.entity_types import Entity, EntityType

__all__ = ["MaskStyle", "mask", "mask_value"]


class MaskStyle(StrEnum):
    """How a finding is replaced."""

    REDACT = "redact"  # [REDACTED:EMAIL]
    PARTIAL = "partial"  # ***-**-1234, cards keep last 4, e-mails keep the domain
    TOKEN = "token"  # noqa: S105 - tok_<hmac>, stable for one key so records still join


# The types whose partial mask keeps some of their digits (the others never look at them).
_DIGIT_HINTS = frozenset({EntityType.US_SSN, EntityType.CREDIT_CARD, EntityType.IBAN, EntityType.PHONE})


def _partial(value: str, etype: EntityType) -> str:
    if etype is EntityType.EMAIL and "@" in value:
        return "***@" + value.rsplit("@", 1)[1]
    digits = [c for c in value if c.isdigit()] if etype in _DIGIT_HINTS else []
    if etype is EntityType.US_SSN and len(digits) == 9:
        return "***-**-" + "".join(digits[-4:])
    if etype in (EntityType.CREDIT_CARD, EntityType.IBAN, EntityType.PHONE) and len(digits) >= 4:
        # Keep the separators so the shape stays readable; reveal only the last four characters.
        keep = 4
        out = []
        for c in reversed(value):
            if c.isalnum():
                out.append(c if keep > 0 else "*")
                keep -= 1
            else:
                out.append(c)
        return "".join(reversed(out))
    if etype is EntityType.PERSON:
        return " ".join(w[:1] + "*" * (len(w) - 1) for w in value.split())
    return "*" * len(value)


def mask_value(
    value: str, etype: EntityType, style: MaskStyle | str = MaskStyle.REDACT, key: bytes | None = None
) -> str:
    """The replacement for one finding's text."""
    style = MaskStyle(style)
    if style is MaskStyle.REDACT:
        return f"[REDACTED:{etype.value}]"
    if style is MaskStyle.PARTIAL:
        return _partial(value, etype)
    if not key:
        raise ValueError("token masking needs a key")
    # Normalise case and separators so "4111 1111..." and "4111-1111..." give the same token.
    norm = value.lower() if etype is EntityType.EMAIL else "".join(c for c in value if c.isalnum()).lower()
    import hashlib  # on first use: privacy-scan and classify import masking and rarely make tokens
    import hmac

    digest = hmac.new(key, f"{etype.value}:{norm}".encode(), hashlib.sha256).hexdigest()[:24]
    return f"tok_{digest}"


def mask(
    text: str,
    entities: Iterable[Entity],
    style: MaskStyle | str = MaskStyle.REDACT,
    key: bytes | None = None,
) -> str:
    """``text`` with every finding replaced according to ``style`` (``"redact"``, ``"partial"`` or ``"token"``).

    Overlapping findings are merged into the first one; ``key`` is required for ``"token"``.
    """
    style = MaskStyle(style)
    if style is MaskStyle.TOKEN and not key:
        raise ValueError("token masking needs a key")
    parts: list[str] = []
    pos = 0
    for ent in sorted(entities, key=lambda e: (e.start, -e.end)):
        if ent.start < pos or ent.start >= len(text):
            continue
        parts.append(text[pos : ent.start])
        parts.append(mask_value(text[ent.start : ent.end], ent.type, style, key))
        pos = ent.end
    parts.append(text[pos:])
    return "".join(parts)
