"""The one error hierarchy of the bundle, mapped to HTTP once (in :mod:`privacykit.http.responses`).

Messages must never contain a personal value: they are returned to callers and logged.
"""

from __future__ import annotations

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
    "Throttled",
    "ConfigurationError",
    "DependencyFailure",
    "ChainConflict",
    "KeyShredded",
    "DecryptionFailed",
    "UnreadableDocument",
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
    """The document cannot be read: unknown type, corrupt, encrypted, too large."""

    code = "unreadable_document"
