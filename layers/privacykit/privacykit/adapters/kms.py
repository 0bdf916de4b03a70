"""KMS: per-subject data keys and the asymmetric signing keys (one per kind of signature)."""

from __future__ import annotations

import base64
from typing import Any

from botocore.exceptions import ClientError

from privacykit.adapters.aws import error_code, translate_errors
from privacykit.errors import ConfigurationError
from privacykit.ports import SignatureKind, signed_message

__all__ = ["KmsDataKeys", "KmsSigner", "public_key_pem"]


class KmsDataKeys:
    """Generates and unwraps 256-bit data keys under the tenant data key, bound to a context."""

    def __init__(self, kms: Any, key_id: str) -> None:
        self._kms = kms
        self._key_id = key_id

    def generate(self, context: dict[str, str]) -> tuple[bytes, bytes]:
        with translate_errors("kms.GenerateDataKey"):
            out = self._kms.generate_data_key(KeyId=self._key_id, KeySpec="AES_256", EncryptionContext=context)
        return bytes(out["Plaintext"]), bytes(out["CiphertextBlob"])

    def unwrap(self, wrapped: bytes, context: dict[str, str]) -> bytes:
        with translate_errors("kms.Decrypt"):
            out = self._kms.decrypt(KeyId=self._key_id, CiphertextBlob=wrapped, EncryptionContext=context)
        return bytes(out["Plaintext"])


class KmsSigner:
    """Signs and verifies documents of one kind with that kind's asymmetric KMS key (ECC_NIST_P256,
    ECDSA_SHA_256). What is signed is ``signed_message(kind, payload)``; a kind other than the key's is
    refused (a wiring mistake, never a signature made with the wrong key)."""

    algorithm = "ECDSA_SHA_256"

    def __init__(self, kms: Any, key_id: str, kind: SignatureKind) -> None:
        self._kms = kms
        self.key_id = key_id
        self.kind = kind

    def _message(self, kind: SignatureKind, payload: bytes) -> bytes:
        if kind != self.kind:
            raise ConfigurationError(f"the {self.kind.value} signing key does not sign {kind.value} documents")
        return signed_message(kind, payload)

    def sign(self, kind: SignatureKind, payload: bytes) -> bytes:
        message = self._message(kind, payload)
        with translate_errors("kms.Sign"):
            out = self._kms.sign(KeyId=self.key_id, Message=message, MessageType="RAW", SigningAlgorithm=self.algorithm)
        return bytes(out["Signature"])

    def verify(self, kind: SignatureKind, payload: bytes, signature: bytes) -> bool:
        message = self._message(kind, payload)
        try:
            out = self._kms.verify(
                KeyId=self.key_id,
                Message=message,
                MessageType="RAW",
                Signature=signature,
                SigningAlgorithm=self.algorithm,
            )
        except ClientError as exc:
            # KMS answers an invalid signature with KMSInvalidSignatureException, not False.
            if error_code(exc) in {"KMSInvalidSignatureException", "ValidationException"}:
                return False
            with translate_errors("kms.Verify"):
                raise
        return bool(out["SignatureValid"])

    def public_key_pem(self) -> str:
        """The key's public half (PEM, SubjectPublicKeyInfo), for verifying outside the bundle."""
        return public_key_pem(self._kms, self.key_id)


def public_key_pem(kms: Any, key_id: str) -> str:
    with translate_errors("kms.GetPublicKey"):
        der = bytes(kms.get_public_key(KeyId=key_id)["PublicKey"])
    body = base64.encodebytes(der).decode().replace("\n", "")
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----\n"
