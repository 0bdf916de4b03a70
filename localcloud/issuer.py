"""A local token issuer with the claims Cognito puts in an ID token, and the verifier the local API
runs before it invokes a handler (signature, issuer, audience, expiry), as the HttpApi JWT
authorizer does when deployed."""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

__all__ = ["LocalIssuer", "TokenRejected", "ISSUER", "AUDIENCE"]

ISSUER = "http://127.0.0.1/local-issuer"
AUDIENCE = "privacy-bundle-local"
_KID = "local-1"


class TokenRejected(Exception):
    """The bearer token is missing, forged, expired or meant for someone else."""


class LocalIssuer:
    """Signs RS256 tokens with a key kept in ``.local/`` so that ``make token`` and ``make run``
    (separate processes) agree; the public half is served as a JWKS."""

    def __init__(self, key_path: Path) -> None:
        key_path.parent.mkdir(parents=True, exist_ok=True)
        if not key_path.exists():
            key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
            key_path.write_bytes(
                key.private_bytes(
                    serialization.Encoding.PEM,
                    serialization.PrivateFormat.PKCS8,
                    serialization.NoEncryption(),
                )
            )
            key_path.chmod(0o600)
        loaded = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
        if not isinstance(loaded, rsa.RSAPrivateKey):
            raise TypeError(f"{key_path} does not hold an RSA private key")
        self._key = loaded
        self._public = loaded.public_key()

    def jwks(self) -> dict[str, Any]:
        jwk = jwt.algorithms.RSAAlgorithm.to_jwk(self._public, as_dict=True)
        jwk.update({"kid": _KID, "use": "sig", "alg": "RS256"})
        return {"keys": [jwk]}

    def issue(
        self,
        *,
        tenant: str,
        sub: str,
        groups: list[str] | None = None,
        mfa_age: int | None = None,
        ttl: int = 3600,
        audience: str = AUDIENCE,
        now: int | None = None,
    ) -> str:
        issued = int(time.time()) if now is None else now
        claims: dict[str, Any] = {
            "iss": ISSUER,
            "aud": audience,
            "sub": sub,
            "custom:tenant": tenant,
            "token_use": "id",
            "iat": issued,
            "exp": issued + ttl,
            "jti": str(uuid.uuid4()),
        }
        if groups:
            claims["cognito:groups"] = groups
        if mfa_age is not None:
            claims["amr"] = ["pwd", "mfa"]
            claims["auth_time"] = issued - mfa_age
        else:
            claims["amr"] = ["pwd"]
            claims["auth_time"] = issued
        return jwt.encode(claims, self._key, algorithm="RS256", headers={"kid": _KID})

    def verify(self, token: str) -> dict[str, Any]:
        try:
            header = jwt.get_unverified_header(token)
            if header.get("kid") != _KID:
                raise TokenRejected("unknown signing key")
            claims: dict[str, Any] = jwt.decode(
                token,
                self._public,
                algorithms=["RS256"],
                audience=AUDIENCE,
                issuer=ISSUER,
                options={"require": ["exp", "iat", "sub", "iss", "aud"]},
            )
        except jwt.ExpiredSignatureError as exc:
            raise TokenRejected("the token has expired") from exc
        except jwt.InvalidAudienceError as exc:
            raise TokenRejected("the token is meant for another audience") from exc
        except jwt.InvalidIssuerError as exc:
            raise TokenRejected("the token was issued by someone else") from exc
        except jwt.PyJWTError as exc:
            raise TokenRejected("the token is malformed or its signature is invalid") from exc
        return claims
