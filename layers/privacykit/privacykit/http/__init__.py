"""HTTP plumbing shared by every API handler: the resolver, the error table, the principal."""

from privacykit.http.api import api_handler, current_principal, make_resolver

__all__ = ["api_handler", "current_principal", "make_resolver"]
