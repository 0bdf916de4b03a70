"""Logger, tracer and metrics of a handler, configured one way for every function.

Log lines never carry personal values: handlers log ids of requests and records, never bodies,
subject ids or claims. Responses are never captured by the tracer (they may hold personal data).

The tracer is built on a handler's first invocation, not at import: building a Powertools ``Tracer``
imports the X-Ray SDK, whose recorder creates a botocore client for sampling (about 260 ms, the largest
part of a cold import), even where tracing is off. Where it is off (outside Lambda, SAM local, tests,
``POWERTOOLS_TRACE_DISABLED``) the SDK is never imported; where it is on, the first call pays for it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast, overload

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit, single_metric

__all__ = ["observability", "LazyTracer", "CORRELATION_PATH", "emit_per_tenant"]

#: API Gateway HTTP API request id, the correlation id of an API request.
CORRELATION_PATH = "requestContext.requestId"

Handler = TypeVar("Handler", bound=Callable[..., Any])


class LazyTracer:
    """A Powertools ``Tracer`` for ``service``, created on the first traced call and only if tracing is on."""

    def __init__(self, service: str) -> None:
        self.service = service

    @functools.cached_property
    def tracer(self) -> Any:
        """The Powertools ``Tracer``, or None when tracing is off (the X-Ray SDK is then never imported)."""
        from aws_lambda_powertools import Tracer

        # Powertools' own rule (env var, Lambda, SAM local, Chalice), read at the first call, not at import.
        if Tracer._is_tracer_disabled():
            return None
        return Tracer(service=self.service)

    @overload
    def capture_lambda_handler(
        self, handler: Handler, *, capture_response: bool | None = None, capture_error: bool | None = None
    ) -> Handler: ...

    @overload
    def capture_lambda_handler(
        self, handler: None = None, *, capture_response: bool | None = None, capture_error: bool | None = None
    ) -> Callable[[Handler], Handler]: ...

    def capture_lambda_handler(
        self, handler: Handler | None = None, *, capture_response: bool | None = None, capture_error: bool | None = None
    ) -> Handler | Callable[[Handler], Handler]:
        """``Tracer.capture_lambda_handler``, applied when the handler is first called."""

        def decorate(wrapped: Handler) -> Handler:
            @functools.wraps(wrapped)
            def traced(event: Any, context: Any, **kwargs: Any) -> Any:
                return self._traced(wrapped, capture_response, capture_error)(event, context, **kwargs)

            return cast(Handler, traced)

        return decorate if handler is None else decorate(handler)

    def _traced(self, handler: Handler, capture_response: bool | None, capture_error: bool | None) -> Handler:
        cache: dict[Handler, Handler] = self.__dict__.setdefault("_wrapped", {})
        if handler not in cache:
            tracer = self.tracer
            cache[handler] = (
                handler
                if tracer is None
                else tracer.capture_lambda_handler(
                    handler, capture_response=capture_response, capture_error=capture_error
                )
            )
        return cache[handler]


def observability(service: str) -> tuple[Logger, LazyTracer, Metrics]:
    return (
        Logger(service=service),
        LazyTracer(service=service),
        Metrics(service=service, namespace="PrivacyBundle"),
    )


def emit_per_tenant(metrics: Metrics, counts: Mapping[tuple[str, str, str, str], int]) -> None:
    """Counts keyed ``(tenant, metric, dimension, value)``, each emitted as its own metric with the
    dimensions ``service``, ``tenant`` and ``dimension`` (a batch may span tenants; the handler's own
    ``metrics`` object holds one dimension set per flush, so these go out one by one)."""
    for (tenant, name, dimension, value), count in sorted(counts.items()):
        with single_metric(
            name=name,
            unit=MetricUnit.Count,
            value=count,
            namespace=metrics.namespace,
            default_dimensions={"service": metrics.service or "", "tenant": tenant},
        ) as metric:
            metric.add_dimension(name=dimension, value=value)
