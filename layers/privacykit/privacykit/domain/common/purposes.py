"""The default purpose catalogue: purpose -> the lawful basis it normally rests on (GDPR Art. 6(1)).

A deployment may replace it (``PURPOSE_CATALOGUE``); consent and access check purposes against it.
"""

from __future__ import annotations

__all__ = ["DEFAULT_PURPOSES"]

DEFAULT_PURPOSES: dict[str, str] = {
    "service_delivery": "contract",
    "marketing": "consent",
    "analytics": "consent",
    "research": "consent",
    "treatment": "legal_obligation",
    "payment": "contract",
    "operations": "legitimate_interests",
    "legal_obligation": "legal_obligation",
}
