"""Download links that work without a bearer token: a token naming the tenant, the request and an
expiry, under an HMAC with the tenant's download secret (computed by the crypto module, through
:class:`LinkMacs`). Whoever holds the link may fetch the package until it expires (as a presigned URL
would allow); nothing in it names the subject."""

from __future__ import annotations

import base64
import binascii
from datetime import UTC, datetime
from typing import Protocol

from privacykit.domain.common.ids import is_identifier

__all__ = ["LINK_SECRET_LABEL", "TOKEN_PATTERN", "LinkMacs", "mint_token", "token_tenant", "token_valid"]

LINK_SECRET_LABEL = "dsar-download-links"  # noqa: S105 - the label a secret is derived under
#: The shape a token has (query parameter validation); base64url pieces and a decimal expiry.
TOKEN_PATTERN = r"^[A-Za-z0-9_-]{1,200}\.[0-9]{1,12}\.[A-Za-z0-9_-]{43}$"  # noqa: S105


class LinkMacs(Protocol):
    """The tenant-keyed MAC of the crypto module (``SubjectKeyring``), as links use it."""

    def tenant_mac(self, tenant: str, label: str, message: bytes) -> bytes: ...

    def tenant_mac_valid(self, tenant: str, label: str, message: bytes, mac: bytes) -> bool: ...


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _message(tenant: str, request_id: str, expires: int) -> bytes:
    return f"dsar-download\x1f{tenant}\x1f{request_id}\x1f{expires}".encode()


def mint_token(macs: LinkMacs, tenant: str, request_id: str, expires_at: datetime) -> str:
    expires = int(expires_at.timestamp())
    mac = macs.tenant_mac(tenant, LINK_SECRET_LABEL, _message(tenant, request_id, expires))
    return f"{_b64(tenant.encode())}.{expires}.{_b64(mac)}"


def token_tenant(token: str) -> str | None:
    """The tenant a well-formed token names (to find its secret), or None."""
    try:
        tenant = _unb64(token.split(".", 1)[0]).decode()
    except (ValueError, UnicodeDecodeError):
        return None
    return tenant if is_identifier(tenant) else None


def token_valid(macs: LinkMacs, token: str, request_id: str, now: datetime) -> bool:
    """True when ``token`` was minted for ``request_id`` under its tenant's secret and has not expired."""
    parts = token.split(".")
    tenant = token_tenant(token)
    if len(parts) != 3 or tenant is None or not parts[1].isdigit():
        return False
    try:
        mac = _unb64(parts[2])
    except (ValueError, binascii.Error):
        return False
    if _b64(mac) != parts[2]:  # one spelling per MAC, as before: no other base64 of the same bytes
        return False
    if not macs.tenant_mac_valid(tenant, LINK_SECRET_LABEL, _message(tenant, request_id, int(parts[1])), mac):
        return False
    return datetime.fromtimestamp(int(parts[1]), UTC) > now
