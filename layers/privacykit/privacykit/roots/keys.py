"""The signing keys' public halves, for anyone who verifies a signed document outside the bundle."""

from __future__ import annotations

from privacykit.adapters.kms import KmsSigner
from privacykit.ports import SignatureKind
from privacykit.roots.providers import provider
from privacykit.roots.shared import signer_for

__all__ = ["public_signing_keys"]


@provider
def public_signing_keys() -> list[dict[str, str]]:
    """Each kind's key id, algorithm and public key (PEM); read from KMS once per warm instance."""
    signers: list[KmsSigner] = [signer_for(kind) for kind in SignatureKind]
    return [
        {"kind": s.kind.value, "key_id": s.key_id, "algorithm": s.algorithm, "public_key_pem": s.public_key_pem()}
        for s in signers
    ]
