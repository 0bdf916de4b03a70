"""Lazily built, overridable factories: the mechanism every composition root uses."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, update_wrapper
from typing import Any, Generic, ParamSpec, TypeVar

__all__ = ["Provider", "provider", "reset"]

P = ParamSpec("P")
T = TypeVar("T")

_PROVIDERS: list[Provider[Any, Any]] = []


class Provider(Generic[P, T]):
    """A factory that builds its value on first call (per distinct arguments) and then returns it.

    ``override(value)`` makes every later call return ``value`` (a fake, a service with a test clock)
    until :meth:`reset`; nothing else in the process needs to know.
    """

    def __init__(self, build: Callable[P, T]) -> None:
        # lru_cache types its arguments as Hashable, which a ParamSpec cannot promise: keep it untyped here.
        self._cached: Any = lru_cache(maxsize=8)(build)
        self._override: tuple[T] | None = None
        update_wrapper(self, build)
        _PROVIDERS.append(self)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> T:
        if self._override is not None:
            return self._override[0]
        built: T = self._cached(*args, **kwargs)
        return built

    def override(self, value: T) -> None:
        self._override = (value,)

    def reset(self) -> None:
        self._cached.cache_clear()
        self._override = None


def provider(build: Callable[P, T]) -> Provider[P, T]:
    """Decorate a factory function of a composition root."""
    return Provider(build)


def reset() -> None:
    """Forget every built service, override, client and setting (tests that change the environment)."""
    from privacykit.adapters.aws import client, presigning_client
    from privacykit.config import get_settings

    for each in _PROVIDERS:
        each.reset()
    get_settings.cache_clear()
    client.cache_clear()
    presigning_client.cache_clear()
