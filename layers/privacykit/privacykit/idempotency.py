"""Idempotent commands (``Idempotency-Key`` on the API, request keys in workers) via Powertools.

A repeated key with the same payload returns the first response, marked ``Idempotent-Replayed: true``;
with another payload it is a conflict, so a client bug cannot silently apply two different commands
under one key.

Powertools names a record by an unkeyed MD5 of what it is given, and keeps an unkeyed MD5 of the
payload to compare repeats with. A scope holds ids (a subject's, a user's), so it is given neither the
scope nor the payload but their HMACs under the tenant's idempotency secret (the crypto module's
``tenant_mac``): a dump of the table does not let anyone test a guessed subject id or body. Records
written before were named the unkeyed way; a repeat of one of those runs the command again, and they
expire ``IDEMPOTENCY_TTL_SECONDS`` (a day) after they were written.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

from aws_lambda_powertools.utilities.idempotency import (
    IdempotencyConfig,
    idempotent_function,
)
from aws_lambda_powertools.utilities.idempotency.exceptions import (
    IdempotencyAlreadyInProgressError,
    IdempotencyValidationError,
)
from aws_lambda_powertools.utilities.typing import LambdaContext

from privacykit.config import get_settings
from privacykit.domain.common.canonical import canonical_json
from privacykit.errors import Conflict
from privacykit.http.responses import mark_replayed
from privacykit.roots.shared import idempotency_store, keyring

__all__ = ["run_once", "IDEMPOTENCY_SECRET_LABEL"]

IDEMPOTENCY_SECRET_LABEL = "idempotency-records"  # noqa: S105 - the label a secret is derived under


def _keyed(tenant: str, what: str, value: object) -> str:
    message = what.encode() + b"\x1f" + canonical_json(value)
    return keyring().tenant_mac(tenant, IDEMPOTENCY_SECRET_LABEL, message).hex()


def run_once(
    scope: str,
    key: str,
    payload: dict[str, Any],
    command: Callable[[], dict[str, Any]],
    context: LambdaContext | None = None,
    *,
    tenant: str,
    sealed_for: tuple[str, str] | None = None,
) -> dict[str, Any]:
    """Run ``command`` once per (``scope``, ``key``) of ``tenant``; ``payload`` must match on every repeat.

    With the Lambda ``context``, a crashed invocation's in-progress record expires when that
    invocation would have timed out, so a retry is not blocked for longer. With ``sealed_for``
    (tenant, subject) the stored response is sealed under that subject's key, so that erasing the
    subject shreds it (the idempotency table is not searchable by subject); a replay after the
    erasure answers that the data is gone."""
    config = IdempotencyConfig(
        event_key_jmespath="id",
        payload_validation_jmespath="payload",
        expires_after_seconds=get_settings().limits.idempotency_ttl_seconds,
        raise_on_no_idempotency_key=True,
    )
    if context is not None:
        config.register_lambda_context(context)

    record = f"idempotency#{scope}#{key}"
    ran = False

    @idempotent_function(data_keyword_argument="request", persistence_store=idempotency_store(), config=config)
    def once(request: dict[str, Any]) -> dict[str, Any]:
        nonlocal ran
        ran = True
        result = command()
        if sealed_for is None:
            return result
        sealed = keyring().encrypt_json(*sealed_for, record, result)
        return {"sealed": base64.b64encode(sealed).decode()}

    try:
        request = {"id": _keyed(tenant, "key", [scope, key]), "payload": _keyed(tenant, "payload", payload)}
        result: dict[str, Any] = once(request=request)
        if sealed_for is not None:
            opened: Any = keyring().decrypt_json(*sealed_for, record, base64.b64decode(result["sealed"]))
            result = opened
    except IdempotencyValidationError as exc:
        raise Conflict("the Idempotency-Key was already used with a different request") from exc
    except IdempotencyAlreadyInProgressError as exc:
        raise Conflict("a request with this Idempotency-Key is still in progress") from exc
    if not ran:
        mark_replayed()  # the answer says so in a header (privacykit.http.api)
    return result
