"""Signing keys: the public half of each kind's signing key (GET /v1/signing-keys), so that audit digests,
consent receipts, erasure certificates and export manifests can be verified without the bundle
(``privacy-audit verify-certificate --public-key``). This function may read public keys only: it cannot
sign or verify with KMS."""

from __future__ import annotations

from privacykit.coldstart import end_of_cold_start

from typing import Any

from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import BaseModel

from privacykit.http import api_handler, current_principal, make_resolver
from privacykit.observability import CORRELATION_PATH, observability
from privacykit.roots.keys import public_signing_keys

logger, tracer, metrics = observability("keys")
app = make_resolver(logger)


class PublicKey(BaseModel):
    kind: str
    key_id: str
    algorithm: str
    public_key_pem: str


class PublicKeys(BaseModel):
    keys: list[PublicKey]


@app.get("/v1/signing-keys")
def signing_keys() -> PublicKeys:
    """List the public signing keys.

    To verify erasure certificates and export manifests offline.
    """
    current_principal(app)  # any authenticated caller: public keys are public
    return PublicKeys.model_validate({"keys": public_signing_keys()})


_handle = api_handler(app)


@logger.inject_lambda_context(correlation_id_path=CORRELATION_PATH)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return _handle(event, context)


end_of_cold_start()
