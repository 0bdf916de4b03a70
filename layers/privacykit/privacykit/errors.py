"""The one error hierarchy of the bundle, mapped to HTTP once (in :mod:`privacykit.http.responses`).

Messages must never contain a personal value: they are returned to callers and logged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = [
    "PrivacyError",
    "ValidationFailed",
    "Unprocessable",
    "Unauthenticated",
    "Forbidden",
    "NotFound",
    "Conflict",
    "PayloadTooLarge",
    "UnsupportedMediaType",
    "Throttled",
    "ConfigurationError",
    "DependencyFailure",
    "ChainConflict",
    "KeyShredded",
    "DecryptionFailed",
    "UnreadableDocument",
    "UNREADABLE_REASONS",
    "InvalidValue",
    "TIME_OUT_OF_RANGE",
    "MALFORMED_TYPES",
    "validation_details",
    "quotable_name",
]


class PrivacyError(Exception):
    """Base of every error the bundle raises on purpose."""

    status = 500
    code = "internal_error"

    def __init__(self, message: str, *, details: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or []

    def to_body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, "details": self.details}}


class ValidationFailed(PrivacyError):
    """The request is malformed (not JSON, wrong shape)."""

    status = 400
    code = "bad_request"


class Unprocessable(PrivacyError):
    """The request is well formed but its content breaks a rule (unknown purpose, bad field)."""

    status = 422
    code = "validation_error"


class Unauthenticated(PrivacyError):
    status = 401
    code = "unauthenticated"


class Forbidden(PrivacyError):
    status = 403
    code = "forbidden"


class NotFound(PrivacyError):
    status = 404
    code = "not_found"


class Conflict(PrivacyError):
    """Legal hold, duplicate, idempotency key reused with another body, lost race."""

    status = 409
    code = "conflict"


class PayloadTooLarge(PrivacyError):
    status = 413
    code = "payload_too_large"


class UnsupportedMediaType(PrivacyError):
    code = "unsupported_media_type"
    status = 415


class Throttled(PrivacyError):
    status = 429
    code = "throttled"


class ConfigurationError(PrivacyError):
    """The deployment is misconfigured; raised at cold start so it fails fast."""

    status = 500
    code = "configuration_error"


class DependencyFailure(PrivacyError):
    """An AWS dependency failed in a way the caller cannot fix."""

    status = 503
    code = "dependency_unavailable"


class ChainConflict(Conflict):
    """Another writer advanced the chain head first."""


class KeyShredded(PrivacyError):
    """The subject's key no longer exists: the value was crypto-shredded and cannot be read."""

    status = 410
    code = "shredded"


class DecryptionFailed(PrivacyError):
    """The ciphertext does not open under the key and context given (tampered or misplaced)."""

    status = 500
    code = "decryption_failed"


class UnreadableDocument(Unprocessable):
    """The document cannot be read: unknown type, corrupt, encrypted, too large, or its key is outside
    ``uploads/<tenant>/<subject pseudonym>/<upload id>.<kind>`` or carries no subject sealed for it.
    ``reason`` says which, as one of :data:`UNREADABLE_REASONS` (it is the failed upload's tag and the
    code its log line and metric carry; ``unreadable`` when no more is known)."""

    code = "unreadable_document"

    def __init__(
        self, message: str, *, reason: str = "unreadable", details: list[dict[str, Any]] | None = None
    ) -> None:
        if reason not in UNREADABLE_REASONS:
            raise ValueError(f"unknown reason {reason!r}")
        super().__init__(message, details=details)
        self.reason = reason


#: Why a document could not be read (``UnreadableDocument.reason``).
UNREADABLE_REASONS = frozenset(
    {"bad_key", "subject_erased", "unsupported_type", "too_large", "encrypted", "corrupt", "unreadable"}
)


class InvalidValue(ValueError):
    """Raised by a model's own validator: ``str()`` may quote the input (for the developer at hand),
    ``safe_message`` says what is wrong without it, and ``field`` names the field when the validator
    checks several at once. :func:`validation_details` answers callers with the safe parts only."""

    def __init__(self, message: str, *, safe_message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.safe_message = safe_message
        self.field = field


#: The validation error of a time with no UTC equivalent (``domain.common.times.Instant``).
TIME_OUT_OF_RANGE = "time_out_of_range"

#: Validation error types that make a request malformed (400) rather than break a rule (422): a value
#: that the bundle cannot represent at all.
MALFORMED_TYPES = frozenset({TIME_OUT_OF_RANGE})


def validation_details(errors: Iterable[Any]) -> list[dict[str, Any]]:
    """Pydantic errors as ``{field, type, message}``, never with the input.

    Pydantic's own messages ("Input should have timezone info") never quote the input; a custom
    validator's may, so its message is replaced by :attr:`InvalidValue.safe_message`, or by
    "invalid value" when the validator raised anything else.
    """
    details: list[dict[str, Any]] = []
    for error in errors:
        loc = [_field_part(part) for part in error.get("loc", ()) if part != "body"]
        kind = error.get("type")
        message = error.get("msg")
        if kind == "value_error":
            cause = (error.get("ctx") or {}).get("error")
            if isinstance(cause, InvalidValue):
                message = cause.safe_message
                loc = [cause.field] if cause.field else loc
            else:
                message = "invalid value"
        details.append({"field": ".".join(loc) or "body", "type": kind, "message": message})
    return details


#: A name an error may repeat: it looks like a field name. Any other key in a body or query string (an unknown
#: field, a map's key) is input, and is reported as ``<key>``.
_QUOTABLE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.-]{0,63}")


def quotable_name(name: str) -> bool:
    """Whether ``name`` (a key the caller sent) may be repeated in an error."""
    return _QUOTABLE_NAME.fullmatch(name) is not None


def _field_part(part: Any) -> str:
    return str(part) if isinstance(part, int) or quotable_name(str(part)) else "<key>"
