"""Logger, tracer and metrics of a handler, configured one way for every function.

Log lines never carry personal values: handlers log ids of requests and records, never bodies,
subject ids or claims. Responses are never captured by the tracer (they may hold personal data).
"""

from __future__ import annotations

from aws_lambda_powertools import Logger, Metrics, Tracer

__all__ = ["observability", "CORRELATION_PATH"]

#: API Gateway HTTP API request id, the correlation id of an API request.
CORRELATION_PATH = "requestContext.requestId"


def observability(service: str) -> tuple[Logger, Tracer, Metrics]:
    return (
        Logger(service=service),
        Tracer(service=service),
        Metrics(service=service, namespace="PrivacyBundle"),
    )
