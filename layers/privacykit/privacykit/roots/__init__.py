"""Composition roots: the one place where concrete services are built from the settings.

One module per capability (``roots.consent``, ``roots.classify``, ``roots.access``, ``roots.breach``,
``roots.audit``) over ``roots.shared`` (keyring, signer, audit writer, clock). A handler imports only its
own capability's root, so the consent function never loads the detector, Cedar or the breach rules.
Each factory is a :class:`Provider`: built once per process on first use, replaceable in tests with
``.override(fake)``, and cleared by :func:`reset`.
"""

from __future__ import annotations

from privacykit.roots.providers import Provider, provider, reset

__all__ = ["Provider", "provider", "reset"]
